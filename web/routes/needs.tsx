import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { needsApi } from '../features/offers-needs/offers-needs-api';
import { ListingsPage, listQueryFrom } from '../features/offers-needs/ListingsPage';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';

export async function loader({ request }: LoaderFunctionArgs) {
  const [list, taxonomies] = await Promise.all([
    needsApi.list(listQueryFrom(new URL(request.url))),
    loadTaxonomies(),
  ]);
  return { list, taxonomies };
}

export function Component() {
  const { list, taxonomies } = useLoaderData<typeof loader>();
  return (
    <ListingsPage
      kind="need"
      items={list.items}
      total={list.total}
      nextCursor={list.nextCursor}
      taxonomies={taxonomies}
    />
  );
}
