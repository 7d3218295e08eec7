import { redirect, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { ListingDetail } from '../features/offers-needs/ListingDetail';
import { needsApi } from '../features/offers-needs/offers-needs-api';
import { requireUser } from '../features/session/session-store';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';
import { failureFromError } from '../lib/forms';

export async function loader({ params }: LoaderFunctionArgs) {
  const [item, taxonomies] = await Promise.all([needsApi.get(params.id ?? ''), loadTaxonomies()]);
  return { item, taxonomies };
}

/** Publish, archive or delete, named by the button's intent. */
export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request);
  const id = params.id ?? '';
  const intent = String((await request.formData()).get('intent') ?? '');
  try {
    if (intent === 'publish') {
      await needsApi.publish(id);
      return { ok: true as const, done: 'published' as const };
    }
    if (intent === 'archive') {
      await needsApi.archive(id);
      return { ok: true as const, done: 'archived' as const };
    }
    if (intent === 'delete') {
      await needsApi.remove(id);
      return redirect('/needs?scope=mine');
    }
    return null;
  } catch (error) {
    return failureFromError(error);
  }
}

export function Component() {
  const { item, taxonomies } = useLoaderData<typeof loader>();
  return <ListingDetail kind="need" item={item} taxonomies={taxonomies} />;
}
