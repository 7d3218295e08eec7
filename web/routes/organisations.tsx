import { useTranslation } from 'react-i18next';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { loadDirectory } from '../features/organisations/directory';
import { DirectoryView } from '../features/organisations/DirectoryView';
import { PageTitle } from '../features/shell/PageTitle';

export function loader({ request }: LoaderFunctionArgs) {
  return loadDirectory(request);
}

export function Component() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle title={t('directory.title')} />
      <DirectoryView data={data} title={t('directory.title')} intro={t('directory.intro')} />
    </>
  );
}
