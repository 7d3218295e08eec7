import { useTranslation } from 'react-i18next';
import {
  Link,
  useActionData,
  useLoaderData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { OfferForm } from '../features/offers-needs/ListingForms';
import {
  loadPublishingOrganisations,
  offerFormValues,
  saveOffer,
} from '../features/offers-needs/listing-forms';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';
import { isFormFailure } from '../lib/forms';
import { buttonClass } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const [organisations, taxonomies] = await Promise.all([loadPublishingOrganisations(), loadTaxonomies()]);
  const wanted = new URL(request.url).searchParams.get('organisation');
  const initial = organisations.find((o) => o.id === wanted) ?? organisations[0];
  return { organisations, taxonomies, initial };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  return saveOffer(request, null);
}

export function Component() {
  const { t } = useTranslation();
  const { organisations, taxonomies, initial } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = isFormFailure(result) ? result : undefined;
  return (
    <div className="container page page--form">
      <PageTitle title={t('offersNeeds.offers.newTitle')} />
      <p className="breadcrumb">
        <Link to="/offers">{t('offersNeeds.offers.title')}</Link>
      </p>
      <h1>{t('offersNeeds.offers.newTitle')}</h1>
      <p className="lead">{t('offersNeeds.offers.newLead')}</p>
      {organisations.length === 0 ? (
        <EmptyState
          title={t('offersNeeds.form.noOrganisation')}
          action={
            <Link to="/organisations/new" className={buttonClass('primary')}>
              {t('offersNeeds.form.createOrganisation')}
            </Link>
          }
        />
      ) : (
        <OfferForm
          initial={offerFormValues(initial)}
          organisations={organisations}
          taxonomies={taxonomies}
          failure={failure}
          submitLabel={t('offersNeeds.form.saveDraft')}
          cancelTo="/offers"
        />
      )}
    </div>
  );
}
