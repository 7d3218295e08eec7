import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import type { PartnerRequest } from '../../contracts/partner-requests';
import { InterestsPanel, MatchesPanel } from '../features/partner-requests/MatchesPanel';
import { PartnerRequestView } from '../features/partner-requests/PartnerRequestView';
import { partnerRequestsApi } from '../features/partner-requests/partner-requests-api';
import { StatusBadge } from '../features/partner-requests/StatusBadge';
import '../features/partner-requests/partner-requests.css';
import { PageTitle } from '../features/shell/PageTitle';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';
import { useErrorText } from '../lib/errors';
import { failureFromError, type FormFailure } from '../lib/forms';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button, buttonClass } from '../ui/Button';
import { Tabs } from '../ui/Tabs';
import { TextField } from '../ui/TextField';

export async function loader({ params }: LoaderFunctionArgs) {
  const [item, taxonomies] = await Promise.all([partnerRequestsApi.get(params.id ?? ''), loadTaxonomies()]);
  return { item, taxonomies };
}

function OwnerActions({ request }: { request: PartnerRequest }) {
  const { t } = useTranslation();
  const errors = useErrorText();
  const revalidator = useRevalidator();
  const [deadline, setDeadline] = useState(request.deadlineLocal);
  const [failure, setFailure] = useState<FormFailure | undefined>();
  const run = async (fn: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await fn();
      await revalidator.revalidate();
    } catch (error) {
      setFailure(failureFromError(error));
    }
  };
  return (
    <div className="pr-owner">
      {failure && <Alert tone="error" title={errors.describe(failure.error)}>{failure.fields.map((f) => f.message).join(' ')}</Alert>}
      <div className="pr-actions">
        {request.can.edit && (
          <Link to={`/partner-requests/${request.id}/edit`} className={buttonClass('secondary')}>
            {t('partnerRequests.actions.edit')}
          </Link>
        )}
        {request.can.publish && <Button onClick={() => void run(() => partnerRequestsApi.publish(request.id))}>{t('partnerRequests.actions.publish')}</Button>}
        {request.can.close && (
          <Button variant="danger" onClick={() => void run(() => partnerRequestsApi.close(request.id))}>
            {t('partnerRequests.actions.close')}
          </Button>
        )}
      </div>
      {request.can.extend && (
        <form
          className="pr-inline"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => partnerRequestsApi.extend(request.id, deadline));
          }}
        >
          <TextField
            id="pr-extend"
            type="datetime-local"
            label={t('partnerRequests.actions.newDeadline', { zone: request.timeZone })}
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('partnerRequests.actions.extend')}
          </Button>
        </form>
      )}
    </div>
  );
}

export function Component() {
  const { t } = useTranslation();
  const { item, taxonomies } = useLoaderData<typeof loader>();
  const view = <PartnerRequestView request={item} taxonomies={taxonomies} />;
  return (
    <div className="container page">
      <PageTitle title={item.title} />
      <p className="breadcrumb">
        <Link to="/partner-requests">{t('partnerRequests.list.title')}</Link>
      </p>
      <p className="pr-eyebrow">{t('partnerRequests.view.eyebrow')}</p>
      <h1>{item.title}</h1>
      <p className="pr-meta">
        <StatusBadge status={item.status} /> <Badge tone="info">{t(`partnerRequests.kind.${item.kind}`)}</Badge>{' '}
        <Badge tone="neutral">{t(`partnerRequests.visibility.${item.visibility}`)}</Badge>
      </p>
      {(item.can.edit || item.can.close || item.can.extend) && <OwnerActions request={item} />}
      {item.can.viewMatches ? (
        <Tabs
          label={t('partnerRequests.view.tabs')}
          items={[
            { key: 'view', label: t('partnerRequests.view.tabView'), content: view },
            {
              key: 'matches',
              label: t('partnerRequests.view.tabMatches'),
              content: (
                <>
                  <InterestsPanel request={item} />
                  <MatchesPanel request={item} />
                </>
              ),
            },
          ]}
        />
      ) : (
        view
      )}
    </div>
  );
}
