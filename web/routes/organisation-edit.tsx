import { useTranslation } from 'react-i18next';
import {
  data,
  Link,
  useActionData,
  useLoaderData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { formValuesFrom } from '../features/organisations/form-values';
import { OrganisationForm } from '../features/organisations/OrganisationForm';
import { organisationsApi } from '../features/organisations/organisations-api';
import { saveOrganisation } from '../features/organisations/save-organisation';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';

async function loadEditable(slug: string) {
  const organisation = await organisationsApi.get(slug);
  if (!organisation.can.edit) throw data(null, { status: 403 });
  return organisation;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const [organisation, taxonomies] = await Promise.all([loadEditable(params.slug ?? ''), loadTaxonomies()]);
  return { organisation, taxonomies };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request);
  // The API takes the slug as well as the id, and checks the right to edit itself.
  return saveOrganisation(request, params.slug ?? '');
}

export function Component() {
  const { t } = useTranslation();
  const { organisation, taxonomies } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const detail = `/organisations/${organisation.slug}`;
  return (
    <div className="container page page--form">
      <PageTitle title={t('organisations.edit.title', { name: organisation.name })} />
      <p className="breadcrumb">
        <Link to={detail}>{organisation.name}</Link>
      </p>
      <h1>{t('organisations.edit.title', { name: organisation.name })}</h1>
      <OrganisationForm
        // A fresh form after each save, so it starts from what the server stored.
        key={organisation.updatedAt}
        initial={formValuesFrom(organisation)}
        taxonomies={taxonomies}
        failure={failure}
        submitLabel={t('organisations.edit.submit')}
        cancelTo={detail}
      />
    </div>
  );
}
