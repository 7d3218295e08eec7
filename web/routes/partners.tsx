import { useTranslation } from 'react-i18next';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { loadDirectory } from '../features/organisations/directory';
import { DirectoryView } from '../features/organisations/DirectoryView';
import { PageTitle } from '../features/shell/PageTitle';

/** /partners/europe and /partners/beyond: the directory limited to one side of Europe's border. */
export function loader({ request, params }: LoaderFunctionArgs) {
  if (params.scope !== 'europe' && params.scope !== 'beyond') throw data(null, { status: 404 });
  return loadDirectory(request, params.scope);
}

export function Component() {
  const { t } = useTranslation();
  const directory = useLoaderData<typeof loader>();
  const scope = directory.scope === 'beyond' ? 'beyond' : 'europe';
  const title = t(`partners.${scope}.title`);
  return (
    <>
      <PageTitle title={title} />
      <DirectoryView data={directory} title={title} intro={t(`partners.${scope}.intro`)} />
    </>
  );
}
