import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
