import { useState, type FormEvent } from 'react';
import { useErrorText } from '../../lib/errors';
import { failureFromError, type FormFailure } from '../../lib/forms';
import { ErrorSummary } from '../../ui/ErrorSummary';

type Fields = Record<string, { id: string; label: string }>;

/**
 * An event form sent to the API: busy while it runs, the failure it met (kept until the form clears
 * it), and one attempt more on each submission so the error summary takes focus again.
 */
export function useSubmission() {
  const [failure, setFailure] = useState<FormFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  async function submitWith(e: FormEvent, send: () => Promise<void>) {
    e.preventDefault();
    setBusy(true);
    setAttempt((n) => n + 1);
    try {
      await send();
    } catch (error) {
      setFailure(failureFromError(error));
    } finally {
      setBusy(false);
    }
  }

  return { failure, setFailure, busy, attempt, submitWith };
}

/** The errors of the last submission at the top of the form, each linked to its field. */
export function SubmissionErrors({
  failure,
  attempt,
  fields,
}: {
  failure: FormFailure | undefined;
  attempt: number;
  fields: Fields;
}) {
  const errors = useErrorText();
  if (!failure) return null;
  return (
    <ErrorSummary
      title={errors.describe(failure.error)}
      items={errors.summary(failure, fields)}
      submissionKey={attempt}
    />
  );
}
