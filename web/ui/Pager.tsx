import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PageLinks } from '../lib/paging';

/** Previous / next links of a page-numbered list, with where the reader is; nothing for a single page. */
export function Pager({ links, label }: { links: PageLinks; label: string }) {
  const { t } = useTranslation();
  if (links.pages <= 1) return null;
  return (
    <nav aria-label={label} className="pager">
      {links.previous ? (
        <Link to={links.previous} rel="prev">
          {t('ui.pager.previous')}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>{t('ui.pager.pageOf', { page: links.page, pages: links.pages })}</span>
      {links.next ? (
        <Link to={links.next} rel="next">
          {t('ui.pager.next')}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
