import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { useErrorText } from '../../lib/errors';
import { isFormFailure } from '../../lib/forms';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

interface ResendVerificationProps {
  /** Pre-fills the address when the page already knows it. */
  email?: string;
  idPrefix: string;
}

/** Asks for a new confirmation e-mail; the action lives on the /verify-email route. */
export function ResendVerification({ email = '', idPrefix }: ResendVerificationProps) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const fetcher = useFetcher<unknown>();
  const result = fetcher.data;
  const failure = isFormFailure(result) ? result : undefined;
  const sent = typeof result === 'object' && result !== null && 'ok' in result && result.ok === true;
  const busy = fetcher.state !== 'idle';
  return (
    <fetcher.Form method="post" action="/verify-email" noValidate className="stack-sm">
      <input type="hidden" name="intent" value="resend" />
      <fieldset disabled={busy} className="inline-form">
        <TextField
          id={`${idPrefix}-resend-email`}
          name="email"
          type="email"
          autoComplete="email"
          label={t('auth.resend.email')}
          defaultValue={email}
          error={errors.field(failure, 'email')}
        />
        <Button type="submit" variant="secondary" busy={busy}>
          {t('auth.resend.submit')}
        </Button>
      </fieldset>
      {sent && <Alert tone="success">{t('auth.resend.sent')}</Alert>}
      {failure?.error && <Alert tone="error">{errors.describe(failure.error)}</Alert>}
    </fetcher.Form>
  );
}
