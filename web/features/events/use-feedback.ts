import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/errors';

export type Feedback = { tone: 'success' | 'error'; text: string } | null;

/** The message an event or B2B panel shows after an action; `fail` turns an error into its text. */
export function useFeedback() {
  const { t } = useTranslation();
  const errors = useErrorText();
  const [message, setMessage] = useState<Feedback>(null);
  const fail = (e: unknown) =>
    setMessage({ tone: 'error', text: isApiError(e) ? errors.describe(e) : t('errors.generic') });
  return { message, setMessage, fail };
}
