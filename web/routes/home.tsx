import { useTranslation } from 'react-i18next';
import { Form, Link, useLoaderData } from 'react-router';
import { organisationsApi } from '../features/organisations/organisations-api';
import { PageTitle } from '../features/shell/PageTitle';
import { useSession } from '../features/session/session-store';
import { formatNumber } from '../lib/format';
import { Button, buttonClass } from '../ui/Button';

export async function loader() {
  const [organisations, clusters] = await Promise.all([
    organisationsApi.count(),
    organisationsApi.count('cluster_organisation'),
  ]);
  return { organisations, clusters };
}

export function Component() {
  const { t, i18n } = useTranslation();
  const counts = useLoaderData<typeof loader>();
  const { user } = useSession();
  return (
    <>
      <PageTitle />
      <section className="hero" aria-labelledby="home-title">
        <div className="container hero__inner">
          <div className="hero__text">
            <h1 id="home-title">{t('home.title')}</h1>
            <p className="hero__lead">{t('home.lead')}</p>
            <Form
              method="get"
              action="/organisations"
              role="search"
              aria-label={t('home.search.label')}
              className="hero-search"
            >
              <label htmlFor="home-q" className="visually-hidden">
                {t('home.search.input')}
              </label>
              <input
                id="home-q"
                name="q"
                type="search"
                className="input hero-search__input"
                placeholder={t('home.search.placeholder')}
              />
              <Button type="submit">{t('home.search.submit')}</Button>
            </Form>
          </div>
          <dl className="stats" aria-label={t('home.stats.label')}>
            <div className="stats__item">
              <dt>{t('home.stats.organisations')}</dt>
              <dd>{formatNumber(counts.organisations, i18n.language)}</dd>
            </div>
            <div className="stats__item">
              <dt>{t('home.stats.clusters')}</dt>
              <dd>{formatNumber(counts.clusters, i18n.language)}</dd>
            </div>
          </dl>
        </div>
      </section>
      <div className="container page">
        <div className="feature-grid">
          <section className="feature" aria-labelledby="home-find">
            <h2 id="home-find">{t('home.find.title')}</h2>
            <p>{t('home.find.body')}</p>
            <p className="actions">
              <Link to="/partners/europe" className={buttonClass('secondary', 'sm')}>
                {t('nav.partnersEurope')}
              </Link>
              <Link to="/partners/beyond" className={buttonClass('secondary', 'sm')}>
                {t('nav.partnersBeyond')}
              </Link>
            </p>
          </section>
          <section className="feature" aria-labelledby="home-list">
            <h2 id="home-list">{t('home.list.title')}</h2>
            <p>{t('home.list.body')}</p>
            <p className="actions">
              <Link to={user ? '/organisations/new' : '/register'} className={buttonClass('secondary', 'sm')}>
                {user ? t('home.list.create') : t('home.list.register')}
              </Link>
            </p>
          </section>
          <section className="feature" aria-labelledby="home-clusters">
            <h2 id="home-clusters">{t('home.clusters.title')}</h2>
            <p>{t('home.clusters.body')}</p>
            <p className="actions">
              <Link to="/organisations?type=cluster_organisation" className={buttonClass('secondary', 'sm')}>
                {t('home.clusters.browse')}
              </Link>
            </p>
          </section>
        </div>
      </div>
    </>
  );
}
