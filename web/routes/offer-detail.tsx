import { redirect, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { ListingDetail } from '../features/offers-needs/ListingDetail';
import { offersApi } from '../features/offers-needs/offers-needs-api';
import { requireUser } from '../features/session/session-store';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';
import { failureFromError } from '../lib/forms';

export async function loader({ params }: LoaderFunctionArgs) {
  const [item, taxonomies] = await Promise.all([offersApi.get(params.id ?? ''), loadTaxonomies()]);
  return { item, taxonomies };
}

/** Publish, archive or delete, named by the button's intent. */
export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request);
  const id = params.id ?? '';
  const intent = String((await request.formData()).get('intent') ?? '');
  try {
    if (intent === 'publish') {
      await offersApi.publish(id);
      return { ok: true as const, done: 'published' as const };
    }
    if (intent === 'archive') {
      await offersApi.archive(id);
      return { ok: true as const, done: 'archived' as const };
    }
    if (intent === 'delete') {
      await offersApi.remove(id);
      return redirect('/offers?scope=mine');
    }
    return null;
  } catch (error) {
    return failureFromError(error);
  }
}

export function Component() {
  const { item, taxonomies } = useLoaderData<typeof loader>();
  return <ListingDetail kind="offer" item={item} taxonomies={taxonomies} />;
}
