import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="site-footer__name">{t('app.name')}</p>
          <p className="site-footer__about">{t('footer.about')}</p>
        </div>
        <nav aria-label={t('footer.label')}>
          <ul className="site-footer__links">
            <li>
              <Link to="/organisations">{t('nav.directory')}</Link>
            </li>
            <li>
              <Link to="/organisations/new">{t('footer.listOrganisation')}</Link>
            </li>
            <li>
              {/* Served by the API server, outside the web app's routes. */}
              <a href="/api/docs">{t('footer.apiDocs')}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
