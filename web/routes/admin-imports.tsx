import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { requirePlatformAdmin } from '../features/imports/admin-guard';
import { importsApi } from '../features/imports/imports-api';
import { ImportWizard } from '../features/imports/ImportWizard';
import { PageTitle } from '../features/shell/PageTitle';

const UUID = /^[0-9a-f-]{36}$/i;

/** /admin/imports, and /admin/imports?import=<id> for one staged, committed or cancelled import. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request);
  const id = new URL(request.url).searchParams.get('import');
  return { preview: id && UUID.test(id) ? await importsApi.get(id) : null };
}

export function Component() {
  const { t } = useTranslation();
  const { preview } = useLoaderData<typeof loader>();
  return (
    <div className="container page">
      <PageTitle title={t('imports.title')} />
      <h1>{t('imports.title')}</h1>
      <p className="lead">{t('imports.lead')}</p>
      <ImportWizard preview={preview} />
    </div>
  );
}
