import { useTranslation } from 'react-i18next';
import {
  data,
  Link,
  useFetcher,
  useLoaderData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { adminApi, type PendingCluster } from '../features/admin/admin-api';
import { isIntentResult, runIntent } from '../features/memberships/action-result';
import { CriteriaList } from '../features/organisations/ClusterSection';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { useErrorText } from '../lib/errors';
import { countryName } from '../lib/format';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { EmptyState } from '../ui/EmptyState';
import { TextArea } from '../ui/TextArea';

async function requirePlatformAdmin(request: Request) {
  const user = await requireUser(request);
  if (!user.isPlatformAdmin) throw data(null, { status: 403 });
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request);
  return { items: (await adminApi.pendingClusters()).items };
}

export async function action({ request }: ActionFunctionArgs) {
  await requirePlatformAdmin(request);
  const form = await request.formData();
  const decision = form.get('intent') === 'validated' ? 'validated' : 'rejected';
  const note = String(form.get('note') ?? '').trim() || undefined;
  return runIntent(decision, () => adminApi.decide(String(form.get('id') ?? ''), decision, note));
}

// The server lists failing criteria by field; we name them with the criteria's own wording.
const CRITERION_BY_PATH = {
  'cluster.managementFte': 'managementStaff',
  'cluster.memberCount': 'memberCount',
  'cluster.membersResearch': 'industryAndResearch',
  'cluster.membersCompanies': 'industryAndResearch',
} as const;

function isCriterionPath(path: string): path is keyof typeof CRITERION_BY_PATH {
  return path in CRITERION_BY_PATH;
}

function ValidationItem({ cluster }: { cluster: PendingCluster }) {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const fetcher = useFetcher<unknown>();
  const result = isIntentResult(fetcher.data) ? fetcher.data : undefined;
  const busy = fetcher.state !== 'idle';
  const headingId = `validation-${cluster.id}`;
  const noteId = `note-${cluster.id}`;
  const allMet = Object.values(cluster.criteria).every(Boolean);

  return (
    <Card as="article" aria-labelledby={headingId} className="stack">
      <div>
        <h2 id={headingId} className="h3">
          <Link to={`/organisations/${cluster.slug}`}>{cluster.name}</Link>
        </h2>
        <p className="muted">
          {[cluster.city, cluster.regionName, countryName(cluster.countryCode, i18n.language)]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <div>
        <h3 className="h4">{t('clusters.criteria.title')}</h3>
        <CriteriaList criteria={cluster.criteria} />
        {!allMet && (
          <p className="muted" id={`unmet-${cluster.id}`}>
            {t('admin.clusters.unmetHint')}
          </p>
        )}
      </div>
      <fetcher.Form method="post" className="stack-sm">
        <input type="hidden" name="id" value={cluster.id} />
        <fieldset disabled={busy} className="stack-sm">
          <TextArea
            id={noteId}
            name="note"
            rows={2}
            maxLength={2000}
            label={t('admin.clusters.note')}
            hint={t('admin.clusters.noteHint')}
          />
          <div className="actions">
            {/* The server refuses to validate a cluster that misses a criterion; say so before trying. */}
            <Button
              type="submit"
              name="intent"
              value="validated"
              busy={busy}
              disabled={!allMet}
              aria-describedby={allMet ? undefined : `unmet-${cluster.id}`}
            >
              {t('admin.clusters.validate')}
            </Button>
            <Button type="submit" name="intent" value="rejected" variant="danger">
              {t('admin.clusters.reject')}
            </Button>
          </div>
        </fieldset>
      </fetcher.Form>
      {result && !result.ok && (
        <Alert
          tone="error"
          title={errors.describe(result.error, { UNPROCESSABLE: t('admin.clusters.criteriaFailed') })}
        >
          {result.fields.length > 0 && (
            <ul>
              {result.fields.map((f) => (
                <li key={f.path}>
                  {isCriterionPath(f.path)
                    ? t(`clusters.criteria.${CRITERION_BY_PATH[f.path]}`)
                    : errors.fieldText(f)}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </Card>
  );
}

export function Component() {
  const { t } = useTranslation();
  const { items } = useLoaderData<typeof loader>();
  return (
    <div className="container page">
      <PageTitle title={t('admin.clusters.title')} />
      <h1>{t('admin.clusters.title')}</h1>
      <p className="lead">{t('admin.clusters.lead')}</p>
      {items.length === 0 ? (
        <EmptyState title={t('admin.clusters.empty')} />
      ) : (
        <div className="stack">
          {items.map((cluster) => (
            <ValidationItem key={cluster.id} cluster={cluster} />
          ))}
        </div>
      )}
    </div>
  );
}
