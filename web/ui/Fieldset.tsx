import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

interface FieldsetProps {
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}

/** Groups related controls (checkbox lists, sections of a long form) under a legend. */
export function Fieldset({ id, legend, hint, error, children, className }: FieldsetProps) {
  const ids = id ? [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') : '';
  return (
    <fieldset
      id={id}
      className={cx('fieldset', error && 'field--invalid', className)}
      aria-describedby={ids || undefined}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {hint && (
        <p id={id ? `${id}-hint` : undefined} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={id ? `${id}-error` : undefined} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
