import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../ui/Button';
import { PageTitle } from './PageTitle';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="container page page--narrow">
      <PageTitle title={t('notFound.title')} />
      <p className="eyebrow">404</p>
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.body')}</p>
      <p className="actions">
        <Link to="/" className={buttonClass('primary')}>
          {t('notFound.home')}
        </Link>
        <Link to="/organisations" className={buttonClass('secondary')}>
          {t('notFound.directory')}
        </Link>
      </p>
    </div>
  );
}
