import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { useErrorText } from '../../lib/errors';
import type { FormFailure } from '../../lib/forms';
import { ErrorSummary } from '../../ui/ErrorSummary';

interface AuthFormProps {
  /** The action's failure, if the last submission failed. */
  failure: FormFailure | undefined;
  /** Ids and labels of the form's fields, so the summary can link each error to its field. */
  fields: Record<string, { id: string; label: string }>;
  busy: boolean;
  /** Summary titles for codes whose generic text would not fit this form. */
  errorOverrides?: Partial<Record<string, string>>;
  children: ReactNode;
}

/**
 * A page's posted form: the error summary on top, then the fields in a fieldset disabled while the
 * submission is under way.
 */
export function AuthForm({ failure, fields, busy, errorOverrides, children }: AuthFormProps) {
  const errors = useErrorText();
  return (
    <Form method="post" noValidate className="stack">
      {failure && (
        <ErrorSummary
          title={errors.describe(failure.error, errorOverrides)}
          items={errors.summary(failure, fields)}
          submissionKey={failure}
        />
      )}
      <fieldset disabled={busy} className="stack">
        {children}
      </fieldset>
    </Form>
  );
}
