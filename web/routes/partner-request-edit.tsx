import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PartnerRequestForm } from '../features/partner-requests/PartnerRequestForm';
import { partnerRequestsApi } from '../features/partner-requests/partner-requests-api';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { loadAllRegions, loadTaxonomies } from '../features/taxonomy/taxonomy-api';
import { Alert } from '../ui/Alert';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const [item, taxonomies, regions] = await Promise.all([partnerRequestsApi.get(params.id ?? ''), loadTaxonomies(), loadAllRegions()]);
  return { item, taxonomies, regions };
}

export function Component() {
  const { t } = useTranslation();
  const { item, taxonomies, regions } = useLoaderData<typeof loader>();
  return (
    <div className="container page page--form">
      <PageTitle title={t('partnerRequests.form.editTitle')} />
      <p className="breadcrumb">
        <Link to={`/partner-requests/${item.id}`}>{item.title}</Link>
      </p>
      <h1>{t('partnerRequests.form.editTitle')}</h1>
      {item.can.edit ? (
        <PartnerRequestForm leads={[]} taxonomies={taxonomies} regions={regions} existing={item} />
      ) : (
        <Alert tone="error" title={t('partnerRequests.form.notAllowed')} />
      )}
    </div>
  );
}
