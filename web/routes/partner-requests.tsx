import { useTranslation } from 'react-i18next';
import { Form, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PARTNER_REQUEST_KINDS, PARTNER_REQUEST_STATUSES } from '../../contracts/partner-requests';
import { partnerRequestsApi } from '../features/partner-requests/partner-requests-api';
import { formatDeadline, StatusBadge } from '../features/partner-requests/StatusBadge';
import '../features/partner-requests/partner-requests.css';
import { useSession } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { Badge } from '../ui/Badge';
import { Button, buttonClass } from '../ui/Button';
import { Card } from '../ui/Card';
import { Checkbox } from '../ui/Checkbox';
import { EmptyState } from '../ui/EmptyState';
import { Pager } from '../ui/Pager';
import { pageFromSearch, pageLinks } from '../lib/paging';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';

const PAGE_SIZE = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const filters = {
    q: params.get('q') ?? '',
    status: params.get('status') ?? '',
    kind: params.get('kind') ?? '',
    mine: params.get('mine') === 'true',
  };
  const list = await partnerRequestsApi.list({
    q: filters.q,
    status: filters.status,
    kind: filters.kind,
    mine: filters.mine ? 'true' : undefined,
    limit: PAGE_SIZE,
    offset: (pageFromSearch(params) - 1) * PAGE_SIZE,
  });
  return { filters, list, links: pageLinks(params, list.total, PAGE_SIZE) };
}

export function Component() {
  const { t, i18n } = useTranslation();
  const { filters, list, links } = useLoaderData<typeof loader>();
  const { user } = useSession();
  return (
    <div className="container page">
      <PageTitle title={t('partnerRequests.list.title')} />
      <h1>{t('partnerRequests.list.title')}</h1>
      <p className="lead">{t('partnerRequests.list.lead')}</p>
      {user && (
        <p>
          <Link to="/partner-requests/new" className={buttonClass('primary')}>
            {t('partnerRequests.list.new')}
          </Link>
        </p>
      )}
      <Form method="get" className="pr-filters" role="search" aria-label={t('partnerRequests.list.filters')}>
        <TextField id="pr-q" name="q" label={t('partnerRequests.list.search')} defaultValue={filters.q} />
        <Select id="pr-status" name="status" label={t('partnerRequests.fields.status')} defaultValue={filters.status}>
          <option value="">{t('partnerRequests.list.anyStatus')}</option>
          {PARTNER_REQUEST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`partnerRequests.status.${s}`)}
            </option>
          ))}
        </Select>
        <Select id="pr-kind" name="kind" label={t('partnerRequests.fields.kind')} defaultValue={filters.kind}>
          <option value="">{t('partnerRequests.list.anyKind')}</option>
          {PARTNER_REQUEST_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`partnerRequests.kind.${k}`)}
            </option>
          ))}
        </Select>
        {user && <Checkbox id="pr-mine" name="mine" value="true" label={t('partnerRequests.list.mine')} defaultChecked={filters.mine} />}
        <Button type="submit">{t('partnerRequests.list.apply')}</Button>
      </Form>
      <p className="pr-meta" aria-live="polite">
        {t('partnerRequests.list.count', { count: list.total })}
      </p>
      {list.items.length === 0 ? (
        <EmptyState title={t('partnerRequests.list.none')} />
      ) : (
        <ul className="pr-list">
          {list.items.map((r) => (
            <li key={r.id}>
              <Card>
                <h2 className="pr-card__title">
                  <Link to={`/partner-requests/${r.id}`}>{r.title}</Link>
                </h2>
                <p className="pr-meta">
                  <StatusBadge status={r.status} /> <Badge tone="info">{t(`partnerRequests.kind.${r.kind}`)}</Badge>
                  {r.visibility === 'members_only' && (
                    <>
                      {' '}
                      <Badge tone="neutral">{t('partnerRequests.visibility.members_only')}</Badge>
                    </>
                  )}{' '}
                  · {r.lead.name}
                </p>
                <p>{r.summary}</p>
                <p className="pr-meta">
                  {t('partnerRequests.fields.deadline')}: {formatDeadline(r.deadline, r.timeZone, i18n.language)}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pager links={links} label={t('partnerRequests.list.pages')} />
    </div>
  );
}
