import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../lib/cx';
import { describedBy, FieldLabel, FieldMessages, type FieldBaseProps } from './field-parts';

type SelectProps = Omit<ComponentPropsWithoutRef<'select'>, 'id' | 'required'>;

/** A native select: the most accessible picker there is. Options are passed as children. */
export function Select({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
  ...select
}: FieldBaseProps & SelectProps) {
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <FieldLabel id={id} label={label} required={required} />
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        className="input select"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}
