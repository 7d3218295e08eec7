import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cx } from '../lib/cx';
import { describedBy, FieldMessages } from './field-parts';

interface CheckboxProps extends Omit<ComponentPropsWithoutRef<'input'>, 'id' | 'type'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

export function Checkbox({ id, label, hint, error, className, ...input }: CheckboxProps) {
  return (
    <div className={cx('checkbox', error && 'field--invalid', className)}>
      <input
        id={id}
        type="checkbox"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      <div className="checkbox__text">
        <label htmlFor={id}>{label}</label>
        <FieldMessages id={id} hint={hint} error={error} />
      </div>
    </div>
  );
}
