import { useTranslation } from 'react-i18next';
import {
  data,
  Link,
  useActionData,
  useLoaderData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { OfferForm } from '../features/offers-needs/ListingForms';
import { offerFormValues, saveOffer } from '../features/offers-needs/listing-forms';
import { offersApi } from '../features/offers-needs/offers-needs-api';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';
import { isFormFailure } from '../lib/forms';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const [item, taxonomies] = await Promise.all([offersApi.get(params.id ?? ''), loadTaxonomies()]);
  if (!item.can.edit) throw data(null, { status: 403 });
  return { item, taxonomies };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request);
  return saveOffer(request, params.id ?? '');
}

export function Component() {
  const { t } = useTranslation();
  const { item, taxonomies } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = isFormFailure(result) ? result : undefined;
  const detail = `/offers/${item.id}`;
  return (
    <div className="container page page--form">
      <PageTitle title={t('offersNeeds.offers.editTitle', { title: item.title })} />
      <p className="breadcrumb">
        <Link to={detail}>{item.title}</Link>
      </p>
      <h1>{t('offersNeeds.offers.editTitle', { title: item.title })}</h1>
      <OfferForm
        key={item.updatedAt}
        initial={offerFormValues(undefined, item)}
        organisations={null}
        taxonomies={taxonomies}
        failure={failure}
        submitLabel={t('offersNeeds.form.save')}
        cancelTo={detail}
      />
    </div>
  );
}
