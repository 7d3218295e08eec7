import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClusterMember } from '../../../contracts/memberships';
import type { ClusterProfile } from '../../../contracts/organisations';
import { countryName, formatDate, formatNumber } from '../../lib/format';
import { Badge } from '../../ui/Badge';

export function CriteriaList({ criteria }: { criteria: ClusterProfile['criteria'] }) {
  const { t } = useTranslation();
  const rows = [
    ['managementStaff', criteria.managementStaff],
    ['memberCount', criteria.memberCount],
    ['industryAndResearch', criteria.industryAndResearch],
  ] as const;
  return (
    <ul className="criteria">
      {rows.map(([key, met]) => (
        <li
          key={key}
          className={met ? 'criteria__item criteria__item--met' : 'criteria__item criteria__item--unmet'}
        >
          <span className="criteria__mark" aria-hidden="true">
            {met ? '✓' : '✗'}
          </span>
          <span>
            <strong>{met ? t('clusters.criteria.met') : t('clusters.criteria.unmet')}</strong>
            {t('ui.colon')}
            {t(`clusters.criteria.${key}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}

const VALIDATION_TONE = {
  validated: 'success',
  pending: 'warning',
  rejected: 'danger',
  not_submitted: 'neutral',
} as const;

interface ClusterSectionProps {
  cluster: ClusterProfile;
  members: ClusterMember[];
}

/** A cluster's figures, labels, validation and member organisations. */
export function ClusterSection({ cluster, members }: ClusterSectionProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const figure = (value: number | null) =>
    value === null ? t('organisations.detail.notGiven') : formatNumber(value, lang);
  const active = members.filter((m) => m.status === 'active');
  const pending = members.filter((m) => m.status === 'pending');

  return (
    <section className="detail-section" aria-labelledby="cluster-heading">
      <h2 id="cluster-heading">{t('organisations.cluster.title')}</h2>
      <div className="cluster-status">
        <Badge tone={VALIDATION_TONE[cluster.validationStatus]}>
          {t(`clusters.validation.${cluster.validationStatus}`)}
        </Badge>
        {cluster.validatedAt && cluster.validationStatus === 'validated' && (
          <span className="muted">
            {t('clusters.validatedOn', { date: formatDate(cluster.validatedAt, lang) })}
          </span>
        )}
        {cluster.labels.map((label) => (
          <Badge key={`${label.label}-${label.awardedOn}`} tone={label.label}>
            {t('clusters.label', {
              label: t(`clusters.labels.${label.label}`),
              date: formatDate(label.awardedOn, lang),
            })}
          </Badge>
        ))}
      </div>
      {cluster.validationNote && (
        <p className="note">
          <strong>{t('clusters.validationNote')}</strong> {cluster.validationNote}
        </p>
      )}
      <dl className="figures">
        <div>
          <dt>{t('organisations.cluster.managementFte')}</dt>
          <dd>{figure(cluster.managementFte)}</dd>
        </div>
        <div>
          <dt>{t('organisations.cluster.memberCount')}</dt>
          <dd>{figure(cluster.memberCount)}</dd>
        </div>
        <div>
          <dt>{t('organisations.cluster.membersCompanies')}</dt>
          <dd>{figure(cluster.membersCompanies)}</dd>
        </div>
        <div>
          <dt>{t('organisations.cluster.membersResearch')}</dt>
          <dd>{figure(cluster.membersResearch)}</dd>
        </div>
        <div>
          <dt>{t('organisations.cluster.membersPublic')}</dt>
          <dd>{figure(cluster.membersPublic)}</dd>
        </div>
        <div>
          <dt>{t('clusters.onLightpath')}</dt>
          <dd>{formatNumber(cluster.activeMemberCount, lang)}</dd>
        </div>
      </dl>
      <h3>{t('clusters.criteria.title')}</h3>
      <CriteriaList criteria={cluster.criteria} />
      <h3>{t('clusters.members.title')}</h3>
      {active.length === 0 ? (
        <p className="muted">{t('clusters.members.none')}</p>
      ) : (
        <ul className="link-list">
          {active.map((m) => (
            <li key={m.organisation.id}>
              <Link to={`/organisations/${m.organisation.slug}`}>{m.organisation.name}</Link>
              <span className="muted">
                {' '}
                · {t(`organisations.type.${m.organisation.type}`)} ·{' '}
                {countryName(m.organisation.countryCode, lang)}
                {m.since && <> · {t('clusters.members.since', { date: formatDate(m.since, lang) })}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {pending.length > 0 && (
        <p className="muted">{t('clusters.members.pendingCount', { count: pending.length })}</p>
      )}
    </section>
  );
}
