import { useTranslation } from 'react-i18next';
import {
  Link,
  useActionData,
  useLoaderData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { emptyFormValues } from '../features/organisations/form-values';
import { OrganisationForm } from '../features/organisations/OrganisationForm';
import { saveOrganisation } from '../features/organisations/save-organisation';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';
import { Alert } from '../ui/Alert';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { taxonomies: await loadTaxonomies(), emailVerified: user.emailVerified };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  return saveOrganisation(request, null);
}

export function Component() {
  const { t } = useTranslation();
  const { taxonomies, emailVerified } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="container page page--form">
      <PageTitle title={t('organisations.create.title')} />
      <p className="breadcrumb">
        <Link to="/me">{t('nav.myOrganisations')}</Link>
      </p>
      <h1>{t('organisations.create.title')}</h1>
      <p className="lead">{t('organisations.create.lead')}</p>
      {!emailVerified && <Alert tone="warning">{t('organisations.create.verifyFirst')}</Alert>}
      <OrganisationForm
        initial={emptyFormValues()}
        taxonomies={taxonomies}
        failure={failure}
        submitLabel={t('organisations.create.submit')}
        cancelTo="/me"
        checkDuplicates
      />
    </div>
  );
}
