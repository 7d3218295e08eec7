import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../lib/cx';
import { describedBy, FieldLabel, FieldMessages, type FieldBaseProps } from './field-parts';

type InputProps = Omit<ComponentPropsWithoutRef<'input'>, 'id' | 'required'>;

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({
  id,
  label,
  hint,
  error,
  required,
  className,
  ...input
}: FieldBaseProps & InputProps) {
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <FieldLabel id={id} label={label} required={required} />
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        className="input"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        {...input}
      />
    </div>
  );
}
