import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useLocation, useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { Organisation } from '../../contracts/organisations';
import { requirePlatformAdmin } from '../features/imports/admin-guard';
import { findDuplicates } from '../features/organisations/directory-api';
import { MergeOrganisations } from '../features/organisations/MergeOrganisations';
import { organisationsApi } from '../features/organisations/organisations-api';
import { RecentDuplicatePairs } from '../features/organisations/RecentDuplicatePairs';
import { PageTitle } from '../features/shell/PageTitle';
import { loadTaxonomies } from '../features/taxonomy/taxonomy-api';
import { isApiError } from '../lib/api';
import { Alert } from '../ui/Alert';
import { buttonClass } from '../ui/Button';

/** An organisation by id or slug; a missing one (merged meanwhile, mistyped) is just not chosen. */
async function loadOrganisation(
  idOrSlug: string | null,
): Promise<{ organisation: Organisation | null; missing: boolean }> {
  if (!idOrSlug) return { organisation: null, missing: false };
  try {
    return { organisation: await organisationsApi.get(idOrSlug), missing: false };
  } catch (error) {
    if (isApiError(error) && error.status === 404) return { organisation: null, missing: true };
    throw error;
  }
}

/** /admin/duplicates?duplicate=<slug>&into=<slug>: the choice lives in the URL, so a pair can be linked to. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request);
  const params = new URL(request.url).searchParams;
  const [duplicate, survivor, taxonomies] = await Promise.all([
    loadOrganisation(params.get('duplicate')),
    loadOrganisation(params.get('into')),
    loadTaxonomies(),
  ]);
  const d = duplicate.organisation;
  const suggestions = d
    ? await findDuplicates({ name: d.name, country: d.countryCode, website: d.website ?? undefined }).catch(
        () => [],
      )
    : [];
  return {
    duplicate: d,
    survivor: survivor.organisation,
    missing: duplicate.missing || survivor.missing,
    suggestions,
    taxonomies,
  };
}

export function Component() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const location = useLocation();
  const navigate = useNavigate();
  const [merged, setMerged] = useState<{ duplicateName: string; survivor: Organisation } | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (merged) doneRef.current?.focus();
  }, [merged]);

  function choose(side: 'duplicate' | 'into', slug: string | null) {
    const params = new URLSearchParams(location.search);
    if (slug) params.set(side, slug);
    else params.delete(side);
    setMerged(null);
    void navigate(`/admin/duplicates${params.size ? `?${params}` : ''}`, { preventScrollReset: true });
  }

  return (
    <div className="container page stack-lg">
      <PageTitle title={t('merge.title')} />
      <div>
        <h1>{t('merge.title')}</h1>
        <p className="lead">{t('merge.lead')}</p>
      </div>
      {merged && (
        <Alert
          tone="success"
          focusable
          ref={doneRef}
          title={t('merge.done', { duplicate: merged.duplicateName, survivor: merged.survivor.name })}
        >
          <p className="actions">
            <Link to={`/organisations/${merged.survivor.slug}`} className={buttonClass('primary', 'sm')}>
              {t('merge.openSurvivor', { name: merged.survivor.name })}
            </Link>
            <Link
              to="/admin/duplicates"
              className={buttonClass('secondary', 'sm')}
              onClick={() => setMerged(null)}
            >
              {t('merge.again')}
            </Link>
          </p>
        </Alert>
      )}
      {data.missing && !merged && <Alert tone="warning">{t('merge.picker.notFound')}</Alert>}
      {!data.duplicate && <RecentDuplicatePairs />}
      <MergeOrganisations
        key={`${data.duplicate?.id ?? ''}-${data.survivor?.id ?? ''}`}
        duplicate={data.duplicate}
        survivor={data.survivor}
        suggestions={data.suggestions}
        taxonomies={data.taxonomies}
        onChange={choose}
        onMerged={(result) => {
          setMerged(result);
          // The duplicate no longer exists: keep only the survivor in the URL.
          void navigate(`/admin/duplicates?into=${result.survivor.slug}`, {
            replace: true,
            preventScrollReset: true,
          });
        }}
      />
    </div>
  );
}
