import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../lib/cx';

export interface FieldBaseProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}

/** Ids of the hint and error paragraphs, for aria-describedby. */
export function describedBy(
  id: string,
  hint: ReactNode,
  error: string | undefined,
  extra?: string,
): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldLabel({ id, label, required }: Pick<FieldBaseProps, 'id' | 'label' | 'required'>) {
  const { t } = useTranslation();
  return (
    <label className="field__label" htmlFor={id}>
      {label}
      {required && <span className="field__required"> ({t('ui.required')})</span>}
    </label>
  );
}

export function FieldMessages({ id, hint, error }: Pick<FieldBaseProps, 'id' | 'hint' | 'error'>) {
  return (
    <>
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
    </>
  );
}

/** The aria attributes tying a control to its hint and error, and marking it invalid or required. */
export function controlAria({ id, hint, error, required }: Omit<FieldBaseProps, 'label'>) {
  return {
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
  } as const;
}

/** Splits a field component's props into the field's own (for `Field`) and the control's. */
export function splitFieldProps<P extends FieldBaseProps & { className?: string | undefined }>({
  id,
  label,
  hint,
  error,
  required,
  className,
  ...control
}: P) {
  return [{ id, label, hint, error, required, className }, control] as const;
}

/** The chrome around a labelled control: the wrapper, its label, hint and error; the control is the child. */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: FieldBaseProps & { className?: string | undefined; children: ReactNode }) {
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <FieldLabel id={id} label={label} required={required} />
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}
