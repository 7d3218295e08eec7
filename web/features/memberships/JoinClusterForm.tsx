import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import type { OrganisationSummary } from '../../../contracts/organisations';
import { useErrorText } from '../../lib/errors';
import { countryName } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { isIntentResult } from './action-result';

/** For an organisation's administrators: ask a cluster to list the organisation among its members. */
export function JoinClusterForm({ clusters }: { clusters: OrganisationSummary[] }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const fetcher = useFetcher<unknown>();
  const result =
    isIntentResult(fetcher.data) && fetcher.data.intent === 'joinCluster' ? fetcher.data : undefined;
  const busy = fetcher.state !== 'idle';
  return (
    <fetcher.Form method="post" className="stack-sm" noValidate>
      <input type="hidden" name="intent" value="joinCluster" />
      <fieldset disabled={busy} className="stack-sm">
        <Select
          id="join-cluster"
          name="clusterId"
          label={t('memberships.joinCluster.cluster')}
          hint={t('memberships.joinCluster.hint')}
          defaultValue=""
          error={result && !result.ok ? errors.field(result, 'clusterId') : undefined}
        >
          <option value="" disabled>
            {t('memberships.joinCluster.choose')}
          </option>
          {clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({countryName(c.countryCode, i18n.language)})
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" busy={busy}>
          {t('memberships.joinCluster.submit')}
        </Button>
      </fieldset>
      {result?.ok && <Alert tone="success">{t('memberships.joinCluster.sent')}</Alert>}
      {result && !result.ok && result.fields.length === 0 && (
        <Alert tone="error">
          {errors.describe(result.error, { CONFLICT: t('memberships.joinCluster.conflict') })}
        </Alert>
      )}
    </fetcher.Form>
  );
}
