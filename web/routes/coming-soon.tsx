import { useTranslation } from 'react-i18next';
import { Link, useMatches } from 'react-router';
import { PageTitle } from '../features/shell/PageTitle';
import { buttonClass } from '../ui/Button';
import { isComingSoonHandle } from '../features/shell/coming-soon-sections';

/** Sections of the site not built yet say so plainly, with what they will offer: no placeholder content. */
export function Component() {
  const { t } = useTranslation();
  const section =
    useMatches()
      .map((m) => m.handle)
      .find(isComingSoonHandle)?.comingSoon ?? 'news';
  const title = t(`comingSoon.${section}.title`);
  return (
    <div className="container page page--narrow">
      <PageTitle title={title} />
      <p className="eyebrow">{t('comingSoon.eyebrow')}</p>
      <h1>{title}</h1>
      <p className="lead">{t(`comingSoon.${section}.body`)}</p>
      <p>{t('comingSoon.meanwhile')}</p>
      <p className="actions">
        <Link to="/organisations" className={buttonClass('primary')}>
          {t('comingSoon.toDirectory')}
        </Link>
      </p>
    </div>
  );
}
