import { useTranslation } from 'react-i18next';
import { Link, useFetcher } from 'react-router';
import type { Organisation } from '../../../contracts/organisations';
import { useErrorText } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button, buttonClass } from '../../ui/Button';
import { isIntentResult } from '../memberships/action-result';

/**
 * Where a profile stands in the publication flow (draft → published, or pending validation for a
 * cluster) and the one next step, for its administrators.
 */
export function PublishPanel({ organisation: o }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const fetcher = useFetcher<unknown>();
  const result = isIntentResult(fetcher.data) ? fetcher.data : undefined;
  const busy = fetcher.state !== 'idle';
  const isCluster = o.type === 'cluster_organisation';
  const edit = `/organisations/${o.slug}/edit`;

  let explanation: string;
  if (o.status === 'published') explanation = t('organisations.publish.publishedBody');
  else if (o.status === 'pending_validation') explanation = t('organisations.publish.pendingBody');
  else if (!o.listingConsent) explanation = t('organisations.publish.needsConsent');
  else
    explanation = isCluster
      ? t('organisations.publish.draftClusterBody')
      : t('organisations.publish.draftBody');

  return (
    <div className={`publish publish--${o.status}`}>
      <h2 className="h3">{t(`organisations.status.${o.status}`)}</h2>
      <p>{explanation}</p>
      <fetcher.Form method="post" className="actions">
        {o.status === 'draft' && o.listingConsent && (
          <Button type="submit" name="intent" value="publish" busy={busy} disabled={busy}>
            {isCluster ? t('organisations.publish.submitForValidation') : t('organisations.publish.publish')}
          </Button>
        )}
        {o.status === 'draft' && !o.listingConsent && (
          <Link to={edit} className={buttonClass('primary')}>
            {t('organisations.publish.giveConsent')}
          </Link>
        )}
        {o.status !== 'draft' && (
          <Button
            type="submit"
            name="intent"
            value="unpublish"
            variant="secondary"
            busy={busy}
            disabled={busy}
          >
            {o.status === 'pending_validation'
              ? t('organisations.publish.withdraw')
              : t('organisations.publish.unpublish')}
          </Button>
        )}
      </fetcher.Form>
      {result?.ok && result.intent === 'publish' && (
        <Alert tone="success">
          {o.status === 'pending_validation'
            ? t('organisations.publish.sentForValidation')
            : t('organisations.publish.nowPublished')}
        </Alert>
      )}
      {result && !result.ok && (
        <Alert tone="error">
          {errors.describe(result.error, { UNPROCESSABLE: t('organisations.publish.needsConsent') })}
        </Alert>
      )}
    </div>
  );
}
