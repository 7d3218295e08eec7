import { useTranslation } from 'react-i18next';

/** The document title, which screen readers announce on arrival; React 19 hoists it into <head>. */
export function PageTitle({ title }: { title?: string }) {
  const { t } = useTranslation();
  return <title>{title ? t('app.documentTitle', { page: title }) : t('app.name')}</title>;
}
