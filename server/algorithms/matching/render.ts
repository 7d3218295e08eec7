/**
 * Reasons in plain words, English or French. Pure: everything a sentence needs travels in the
 * reason's params, so the UI, e-mails and the CLI all say the same thing.
 */
import type { PartnerMatch, Reason, TermLabel, TermMatch } from './types';
import { type Lang, roleName, typeName } from './vocabulary';

const quote = (text: string, lang: Lang) => (lang === 'en' ? `'${text}'` : `« ${text} »`);

/** Labels are capitalised titles; inside a sentence they read better in lower case, acronyms kept. */
function inline(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

const label = (term: TermLabel, lang: Lang) => inline(term[lang]);

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'en' ? ' and ' : ' et ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

function termMatch(m: TermMatch, lang: Lang): string {
  const verbs = {
    offers: { en: 'offers', fr: 'propose' },
    uses: { en: 'uses', fr: 'utilise' },
    mentions: { en: 'mentions', fr: 'mentionne' },
  };
  const verb = verbs[m.asUser ? 'uses' : m.source === 'declared' ? 'offers' : 'mentions'][lang];
  const offered = `${verb} ${label(m.offered, lang)}`;
  const sought = quote(m.soughtText ?? label(m.sought, lang), lang);
  const link: Record<TermMatch['relation'], Record<Lang, string>> = {
    exact: { en: `matches ${sought}`, fr: `correspond à ${sought}` },
    narrower: { en: `a specialisation of ${sought}`, fr: `une spécialité de ${sought}` },
    broader: { en: `broader than ${sought}`, fr: `plus large que ${sought}` },
    sibling: { en: `close to ${sought}`, fr: `proche de ${sought}` },
  };
  return `${offered} — ${link[m.relation][lang]}`;
}

function countryName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

export function renderReason(reason: Reason, lang: Lang): string {
  const en = lang === 'en';
  switch (reason.code) {
    case 'shared_technology':
    case 'related_technology':
      return reason.params.matches.map((m) => termMatch(m, lang)).join('; ');
    case 'application_domain': {
      const domains = list(
        reason.params.matches.map((m) => label(m.offered, lang)),
        lang,
      );
      return en
        ? `active in ${domains}, a sought application domain`
        : `actif dans le domaine recherché ${domains}`;
    }
    case 'shared_s3_area': {
      const areas = list(
        reason.params.matches.map((m) => label(m.offered, lang)),
        lang,
      );
      return en
        ? `works in the smart specialisation area ${areas}`
        : `travaille dans le domaine de spécialisation intelligente ${areas}`;
    }
    case 'text_relevance': {
      const words = list(
        reason.params.words.map((w) => quote(w, lang)),
        lang,
      );
      return en ? `its profile mentions ${words}` : `son profil mentionne ${words}`;
    }
    case 'semantic_similarity': {
      const pct = Math.round(reason.params.similarity * 100);
      return en
        ? `its profile is close in meaning to your request (${pct}%)`
        : `son profil est proche de votre demande par le sens (${pct} %)`;
    }
    case 'sought_type': {
      const name = typeName(reason.params.type, lang);
      return en ? `${name}, as requested` : `${name}, comme demandé`;
    }
    case 'sought_role': {
      const roles = list(
        reason.params.roles.map((r) => roleName(r, lang)),
        lang,
      );
      return en ? `${roles}, as requested` : `${roles}, comme demandé`;
    }
    case 'sought_region': {
      const name = reason.params.name ?? reason.params.region;
      return en ? `based in ${name}, a sought region` : `situé dans la région recherchée ${name}`;
    }
    case 'sought_country': {
      const name = countryName(reason.params.country, lang);
      return en ? `based in ${name}, a sought country` : `situé dans le pays recherché : ${name}`;
    }
    case 'complementary_role': {
      const { kind, roles, domain } = reason.params;
      const who = list(
        roles.map((r) => roleName(r, lang)),
        lang,
      );
      if (kind === 'provider_for_need') {
        return en
          ? `${who}, complementary to your need as an end user`
          : `${who}, complémentaire de votre besoin d’utilisateur final`;
      }
      if (kind === 'user_for_offer') {
        const where = domain ? (en ? ` in ${domain.en}` : ` dans le domaine ${label(domain, lang)}`) : '';
        return en
          ? `${who}${where}, complementary to your technology offer`
          : `${who}${where}, complémentaire de votre offre technologique`;
      }
      if (kind === 'industry_for_research') {
        return en
          ? 'industrial partner, complementary to your research'
          : 'partenaire industriel, complémentaire de votre recherche';
      }
      return en
        ? 'research partner, complementary to your industrial activity'
        : 'partenaire de recherche, complémentaire de votre activité industrielle';
    }
    case 'shared_cluster': {
      const names = list(
        reason.params.clusters.map((c) => c.name),
        lang,
      );
      return en ? `in the ${names} network, like you` : `dans le réseau ${names}, comme vous`;
    }
    case 'past_partnership':
      return en ? 'has already worked with you' : 'a déjà travaillé avec vous';
  }
}

/** All reasons of a match, strongest first, with their points, one line each. */
export function renderMatch(match: PartnerMatch, lang: Lang): string[] {
  return match.reasons.map((r) => `${renderReason(r, lang)} (+${r.points})`);
}
