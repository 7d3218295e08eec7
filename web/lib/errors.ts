import { useTranslation } from 'react-i18next';
import type { ErrorSummaryItem } from '../ui/ErrorSummary';
import { errorAt, type FieldError, type FormFailure } from './forms';

const TRANSLATED_CODES = [
  'NETWORK',
  'INVALID_RESPONSE',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'EMAIL_TAKEN',
  'EMAIL_NOT_VERIFIED',
  'INVALID_CREDENTIALS',
  'INVALID_TOKEN',
  'CSRF_FAILED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

function isTranslatedCode(code: string): code is TranslatedCode {
  return (TRANSLATED_CODES as readonly string[]).includes(code);
}

/** Server codes whose message explains a business rule better than any generic text of ours. */
const EXPLAINED_BY_SERVER = new Set(['UNPROCESSABLE', 'CONFLICT']);

/** Turns errors into text in the reader's language. */
export function useErrorText() {
  const { t } = useTranslation();

  function fieldText(error: FieldError): string {
    if (error.rule) return t(`validation.${error.rule.key}`, error.rule.values ?? {});
    return error.message;
  }

  return {
    fieldText,
    /** The error for one field of a form, if any. */
    field(failure: FormFailure | undefined, name: string): string | undefined {
      const error = errorAt(failure, name);
      return error ? fieldText(error) : undefined;
    },
    /** A whole-request error: our translation for known codes, else the server's explanation or a generic line. */
    describe(
      error: { code: string; message: string } | undefined,
      overrides: Partial<Record<string, string>> = {},
    ): string {
      if (!error) return t('errors.generic');
      const override = overrides[error.code];
      if (override) return override;
      if (isTranslatedCode(error.code)) return t(`errors.code.${error.code}`);
      if (EXPLAINED_BY_SERVER.has(error.code) && error.message) return error.message;
      return t('errors.generic');
    },
    /** Summary lines for every field error, prefixed with the field's label and linked to it when the form has it. */
    summary(
      failure: FormFailure | undefined,
      fields: Record<string, { id: string; label: string }>,
    ): ErrorSummaryItem[] {
      return (failure?.fields ?? []).map((error) => {
        const name = Object.keys(fields).find((n) => error.path === n || error.path.startsWith(`${n}.`));
        const field = name ? fields[name] : undefined;
        return field
          ? {
              fieldId: field.id,
              text: t('errors.fieldLine', { field: field.label, message: fieldText(error) }),
            }
          : { text: fieldText(error) };
      });
    },
  };
}
