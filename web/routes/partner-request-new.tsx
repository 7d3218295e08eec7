import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { membershipsApi } from '../features/memberships/memberships-api';
import { PartnerRequestForm } from '../features/partner-requests/PartnerRequestForm';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { loadAllRegions, loadTaxonomies } from '../features/taxonomy/taxonomy-api';
import { buttonClass } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const [mine, taxonomies, regions] = await Promise.all([membershipsApi.mine(), loadTaxonomies(), loadAllRegions()]);
  const leads = mine.items
    .filter((m) => m.role === 'admin' && m.status === 'active')
    .map((m) => ({ id: m.organisation.id, name: m.organisation.name }));
  return { leads, taxonomies, regions };
}

export function Component() {
  const { t } = useTranslation();
  const { leads, taxonomies, regions } = useLoaderData<typeof loader>();
  return (
    <div className="container page page--form">
      <PageTitle title={t('partnerRequests.form.newTitle')} />
      <p className="breadcrumb">
        <Link to="/partner-requests">{t('partnerRequests.list.title')}</Link>
      </p>
      <h1>{t('partnerRequests.form.newTitle')}</h1>
      <p className="lead">{t('partnerRequests.form.newLead')}</p>
      {leads.length === 0 ? (
        <EmptyState
          title={t('partnerRequests.form.noOrganisation')}
          action={
            <Link to="/organisations/new" className={buttonClass('primary')}>
              {t('partnerRequests.form.createOrganisation')}
            </Link>
          }
        />
      ) : (
        <PartnerRequestForm leads={leads} taxonomies={taxonomies} regions={regions} />
      )}
    </div>
  );
}
