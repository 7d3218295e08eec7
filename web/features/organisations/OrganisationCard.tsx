import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchHit } from '../../../contracts/organisations';
import type { TaxonomyTerm } from '../../../contracts/taxonomy';
import { countryName } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { TermList } from '../taxonomy/TermList';
import { LocalisedText } from './LocalisedText';

interface OrganisationCardProps {
  organisation: SearchHit;
  technologies: readonly TaxonomyTerm[];
  index?: number;
}

export function OrganisationCard({ organisation: o, technologies, index }: OrganisationCardProps) {
  const { t, i18n } = useTranslation();
  const place = [o.city, o.regionName, countryName(o.countryCode, i18n.language)].filter(Boolean).join(' · ');
  const headingId = `org-card-${o.id}`;
  return (
    <li className="org-card" data-index={index}>
      <article aria-labelledby={headingId}>
        <div className="org-card__meta">
          <Badge tone={o.type === 'cluster_organisation' ? 'gold' : 'neutral'}>
            {t(`organisations.type.${o.type}`)}
          </Badge>
        </div>
        <h3 className="org-card__title" id={headingId}>
          <Link to={`/organisations/${o.slug}`} className="org-card__link">
            {o.name}
          </Link>
        </h3>
        <p className="org-card__place">
          <span className="visually-hidden">{t('organisations.card.location')} </span>
          {place}
        </p>
        {o.snippet?.length ? (
          // The passage that matched the search, with the matching words highlighted.
          <p className="org-card__description org-card__snippet">
            {o.snippet.map((part, i) =>
              part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
            )}
          </p>
        ) : (
          <LocalisedText en={o.descriptionEn} fr={o.descriptionFr} className="org-card__description" />
        )}
        <TermList
          codes={o.technologies}
          terms={technologies}
          max={4}
          label={t('organisations.fields.technologies')}
        />
      </article>
    </li>
  );
}
