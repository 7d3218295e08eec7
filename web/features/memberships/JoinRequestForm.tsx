import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { useErrorText } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextArea } from '../../ui/TextArea';
import { isIntentResult } from './action-result';

/** "Ask to join": a message for the organisation's administrators, posted to the page's action. */
export function JoinRequestForm({ organisationName }: { organisationName: string }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const fetcher = useFetcher<unknown>();
  const result = isIntentResult(fetcher.data) ? fetcher.data : undefined;
  const busy = fetcher.state !== 'idle';
  return (
    <fetcher.Form method="post" className="stack-sm" noValidate>
      <input type="hidden" name="intent" value="join" />
      <fieldset disabled={busy} className="stack-sm">
        <TextArea
          id="join-message"
          name="message"
          rows={3}
          maxLength={1000}
          label={t('memberships.join.message')}
          hint={t('memberships.join.messageHint', { name: organisationName })}
          error={result && !result.ok ? errors.field(result, 'message') : undefined}
        />
        <Button type="submit" busy={busy}>
          {t('memberships.join.submit')}
        </Button>
      </fieldset>
      {result && !result.ok && (
        <Alert tone="error">
          {errors.describe(result.error, { CONFLICT: t('memberships.join.conflict') })}
        </Alert>
      )}
    </fetcher.Form>
  );
}
