import { useTranslation } from 'react-i18next';
import { useLoaderData, useLocation, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { loadGeometry } from '../features/map/geometry';
import { filterSearchParams, mapApi, readMapSearch } from '../features/map/map-search';
import { MapView, type MapData } from '../features/map/MapView';
import { organisationsApi } from '../features/organisations/organisations-api';
import { PageTitle } from '../features/shell/PageTitle';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';

/** Cluster filters are ids in the URL; their names label the current filters (an unknown id stays an id). */
async function clusterNames(ids: readonly string[]): Promise<Record<string, string>> {
  const named = await Promise.all(ids.map((id) => organisationsApi.get(id).then((o) => [id, o.name] as const, () => [id, id] as const)));
  return Object.fromEntries(named);
}

export async function loader({ request }: LoaderFunctionArgs): Promise<MapData> {
  const { filters, sort } = readMapSearch(new URL(request.url));
  const [counts, page, geometry, taxonomies, names] = await Promise.all([
    mapApi.counts(filters, request.signal),
    mapApi.list(filters, sort, undefined, request.signal),
    loadGeometry(),
    loadTaxonomies(),
    clusterNames(filters.cluster ?? []),
  ]);
  const terms = [...taxonomies.technologies, ...taxonomies.applicationDomains, ...taxonomies.s3Areas];
  return { counts, page, geometry, terms, clusterNames: names };
}

/** Switching the layer or the level redraws the same data: only a new search reloads it. */
export function shouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (currentUrl.pathname !== nextUrl.pathname) return defaultShouldRevalidate;
  const key = (url: URL) => {
    const { filters, sort } = readMapSearch(url);
    return filterSearchParams(filters, sort).toString();
  };
  return key(currentUrl) !== key(nextUrl) ? defaultShouldRevalidate : false;
}

export function Component() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const location = useLocation();
  // Layer and level come from the URL directly: changing them does not reload the data.
  const search = readMapSearch(new URL(location.pathname + location.search, window.location.origin));
  return (
    <>
      <PageTitle title={t('map.title')} />
      <MapView search={search} data={data} />
    </>
  );
}
