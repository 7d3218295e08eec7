import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../lib/cx';
import { describedBy, FieldLabel, FieldMessages, type FieldBaseProps } from './field-parts';

type TextAreaProps = Omit<ComponentPropsWithoutRef<'textarea'>, 'id' | 'required'>;

export function TextArea({
  id,
  label,
  hint,
  error,
  required,
  className,
  rows = 5,
  ...textarea
}: FieldBaseProps & TextAreaProps) {
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <FieldLabel id={id} label={label} required={required} />
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        rows={rows}
        className="input input--multiline"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...textarea}
      />
    </div>
  );
}
