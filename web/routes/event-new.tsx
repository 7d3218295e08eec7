import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { OrganisationListSchema } from '../../contracts/organisations';
import {
  bodyFromValues,
  emptyEventValues,
  EventForm,
  type OrganisationChoice,
} from '../features/events/EventForm';
import { eventsApi } from '../features/events/events-api';
import { membershipsApi } from '../features/memberships/memberships-api';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { apiClient } from '../lib/api';
import { Alert } from '../ui/Alert';
import { buttonClass } from '../ui/Button';

/** Organisations that may co-organise: the clusters of the directory plus the user's own organisations. */
export async function coOrganiserChoices(own: OrganisationChoice[]): Promise<OrganisationChoice[]> {
  const clusters = await apiClient.get('/organisations', OrganisationListSchema, {
    query: { type: 'cluster_organisation', limit: 100, sort: 'name', facets: 'false' },
  });
  const all = new Map<string, OrganisationChoice>();
  for (const o of [...own, ...clusters.items.map((c) => ({ id: c.id, name: c.name }))]) all.set(o.id, o);
  return [...all.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export async function adminOrganisations(): Promise<OrganisationChoice[]> {
  const { items } = await membershipsApi.mine();
  return items
    .filter((m) => m.role === 'admin' && m.status === 'active')
    .map((m) => ({ id: m.organisation.id, name: m.organisation.name }));
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const leads = await adminOrganisations();
  return { leads, coChoices: await coOrganiserChoices(leads) };
}

export function Component() {
  const { t } = useTranslation();
  const { leads, coChoices } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const title = t('events.create.title');
  return (
    <div className="container page page--form">
      <PageTitle title={title} />
      <p className="breadcrumb">
        <Link to="/events">{t('events.list.title')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('events.create.lead')}</p>
      {leads.length === 0 ? (
        <Alert tone="warning" title={t('events.create.noAdminTitle')}>
          <p>{t('events.create.noAdmin')}</p>
          <Link className={buttonClass('secondary', 'sm')} to="/organisations/new">
            {t('events.create.addOrganisation')}
          </Link>
        </Alert>
      ) : (
        <EventForm
          initial={emptyEventValues(leads.length === 1 ? leads[0]!.id : '')}
          leadChoices={leads}
          coOrganiserChoices={coChoices}
          canChangeCoOrganisers
          submitLabel={t('events.create.submit')}
          onSubmit={async (values) => {
            const created = await eventsApi.create(bodyFromValues(values));
            await navigate(`/events/${created.slug}/edit?created=1`);
          }}
        />
      )}
    </div>
  );
}
