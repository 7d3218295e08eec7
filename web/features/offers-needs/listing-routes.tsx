import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  data,
  Link,
  redirect,
  useActionData,
  useLoaderData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import type { Need, Offer } from '../../../contracts/offers-needs';
import { failureFromError, isFormFailure, type FormFailure } from '../../lib/forms';
import { buttonClass } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { requireUser } from '../session/session-store';
import { PageTitle } from '../shell/PageTitle';
import { loadTaxonomies, type Taxonomies } from '../taxonomy/taxonomy-api';
import { ListingDetail } from './ListingDetail';
import { NeedForm, OfferForm } from './ListingForms';
import { ListingsPage, listQueryFrom } from './ListingsPage';
import {
  loadPublishingOrganisations,
  needFormValues,
  offerFormValues,
  saveNeed,
  saveOffer,
  type PublishingOrganisation,
} from './listing-forms';
import { needsApi, offersApi, type ListingKind } from './offers-needs-api';

/** The route modules of offers and needs, made from what differs between the two kinds. */

interface FormPageProps {
  taxonomies: Taxonomies;
  failure: FormFailure | undefined;
  organisations: PublishingOrganisation[] | null;
  submitLabel: string;
  cancelTo: string;
}

interface KindSpec<Item> {
  /** The URL section and the i18n group: "offers" or "needs". */
  section: 'offers' | 'needs';
  api: typeof offersApi | typeof needsApi;
  save: typeof saveOffer;
  /** The kind's form, starting from an organisation (creation) or the saved item (edit). */
  form(
    props: FormPageProps & { key?: string },
    from: { organisation?: PublishingOrganisation; item?: Item },
  ): ReactNode;
}

const kinds: { offer: KindSpec<Offer>; need: KindSpec<Need> } = {
  offer: {
    section: 'offers',
    api: offersApi,
    save: saveOffer,
    form: ({ key, ...props }, { organisation, item }) => (
      <OfferForm key={key} initial={offerFormValues(organisation, item)} {...props} />
    ),
  },
  need: {
    section: 'needs',
    api: needsApi,
    save: saveNeed,
    form: ({ key, ...props }, { organisation, item }) => (
      <NeedForm key={key} initial={needFormValues(organisation, item)} {...props} />
    ),
  },
};

/** /offers and /needs: the list with its filters. */
export function listRoute(kind: ListingKind) {
  const { api } = kinds[kind];
  async function loader({ request }: LoaderFunctionArgs) {
    const [list, taxonomies] = await Promise.all([
      api.list(listQueryFrom(new URL(request.url))),
      loadTaxonomies(),
    ]);
    return { list, taxonomies };
  }
  function Component() {
    const { list, taxonomies } = useLoaderData<typeof loader>();
    return (
      <ListingsPage
        kind={kind}
        items={list.items}
        total={list.total}
        nextCursor={list.nextCursor}
        taxonomies={taxonomies}
      />
    );
  }
  return { loader, Component };
}

/** /offers/:id and /needs/:id: the page, and its publish, archive and delete buttons. */
export function detailRoute(kind: ListingKind) {
  const { api, section } = kinds[kind];
  async function loader({ params }: LoaderFunctionArgs) {
    const [item, taxonomies] = await Promise.all([api.get(params.id ?? ''), loadTaxonomies()]);
    return { item, taxonomies };
  }

  /** Publish, archive or delete, named by the button's intent. */
  async function action({ request, params }: ActionFunctionArgs) {
    await requireUser(request);
    const id = params.id ?? '';
    const intent = String((await request.formData()).get('intent') ?? '');
    try {
      if (intent === 'publish') {
        await api.publish(id);
        return { ok: true as const, done: 'published' as const };
      }
      if (intent === 'archive') {
        await api.archive(id);
        return { ok: true as const, done: 'archived' as const };
      }
      if (intent === 'delete') {
        await api.remove(id);
        return redirect(`/${section}?scope=mine`);
      }
      return null;
    } catch (error) {
      return failureFromError(error);
    }
  }

  function Component() {
    const { item, taxonomies } = useLoaderData<typeof loader>();
    return <ListingDetail kind={kind} item={item} taxonomies={taxonomies} />;
  }
  return { loader, action, Component };
}

/** /offers/new and /needs/new: the form, for one of the organisations the user administers. */
export function newRoute(kind: ListingKind) {
  const spec = kinds[kind];
  async function loader({ request }: LoaderFunctionArgs) {
    await requireUser(request);
    const [organisations, taxonomies] = await Promise.all([loadPublishingOrganisations(), loadTaxonomies()]);
    const wanted = new URL(request.url).searchParams.get('organisation');
    const initial = organisations.find((o) => o.id === wanted) ?? organisations[0];
    return { organisations, taxonomies, initial };
  }

  async function action({ request }: ActionFunctionArgs) {
    await requireUser(request);
    return spec.save(request, null);
  }

  function Component() {
    const { t } = useTranslation();
    const { organisations, taxonomies, initial } = useLoaderData<typeof loader>();
    const result = useActionData<typeof action>();
    const failure = isFormFailure(result) ? result : undefined;
    const title = t(`offersNeeds.${spec.section}.newTitle`);
    return (
      <div className="container page page--form">
        <PageTitle title={title} />
        <p className="breadcrumb">
          <Link to={`/${spec.section}`}>{t(`offersNeeds.${spec.section}.title`)}</Link>
        </p>
        <h1>{title}</h1>
        <p className="lead">{t(`offersNeeds.${spec.section}.newLead`)}</p>
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
          spec.form(
            {
              organisations,
              taxonomies,
              failure,
              submitLabel: t('offersNeeds.form.saveDraft'),
              cancelTo: `/${spec.section}`,
            },
            { organisation: initial },
          )
        )}
      </div>
    );
  }
  return { loader, action, Component };
}

/** /offers/:id/edit and /needs/:id/edit: the form, for those who may edit the item. */
export function editRoute(kind: ListingKind) {
  // The item the form starts from is the one the loader got for this same kind.
  const spec = kinds[kind] as KindSpec<Offer | Need>;
  async function loader({ request, params }: LoaderFunctionArgs) {
    await requireUser(request);
    const [item, taxonomies] = await Promise.all([spec.api.get(params.id ?? ''), loadTaxonomies()]);
    if (!item.can.edit) throw data(null, { status: 403 });
    return { item, taxonomies };
  }

  async function action({ request, params }: ActionFunctionArgs) {
    await requireUser(request);
    return spec.save(request, params.id ?? '');
  }

  function Component() {
    const { t } = useTranslation();
    const { item, taxonomies } = useLoaderData<typeof loader>();
    const result = useActionData<typeof action>();
    const failure = isFormFailure(result) ? result : undefined;
    const detail = `/${spec.section}/${item.id}`;
    const title = t(`offersNeeds.${spec.section}.editTitle`, { title: item.title });
    return (
      <div className="container page page--form">
        <PageTitle title={title} />
        <p className="breadcrumb">
          <Link to={detail}>{item.title}</Link>
        </p>
        <h1>{title}</h1>
        {spec.form(
          {
            key: item.updatedAt,
            organisations: null,
            taxonomies,
            failure,
            submitLabel: t('offersNeeds.form.save'),
            cancelTo: detail,
          },
          { item },
        )}
      </div>
    );
  }
  return { loader, action, Component };
}
