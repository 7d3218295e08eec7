import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cx } from '../lib/cx';

interface CheckboxProps extends Omit<ComponentPropsWithoutRef<'input'>, 'id' | 'type'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

export function Checkbox({ id, label, hint, error, className, ...input }: CheckboxProps) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={cx('checkbox', error && 'field--invalid', className)}>
      <input
        id={id}
        type="checkbox"
        aria-describedby={ids || undefined}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      <div className="checkbox__text">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="field__hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field__error">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
