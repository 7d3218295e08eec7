import { describe, expect, it } from 'vitest';
import { createMatcher } from './engine';
import { ORGANISATIONS, TAXONOMY } from './fixtures';
import { renderMatch, renderReason } from './render';
import type { MatchQuery, ReasonCode } from './types';

const matcher = createMatcher(ORGANISATIONS, TAXONOMY, {
  regionNames: { FRI1: 'Aquitaine' },
  partnerships: [['femto-fr', 'hospital']],
});

function rendered(query: MatchQuery, id: string, code: ReasonCode) {
  const reason = matcher
    .rank(query)
    .matches.find((m) => m.organisationId === id)
    ?.reasons.find((r) => r.code === code);
  if (!reason) throw new Error(`no ${code} reason for ${id}`);
  return { en: renderReason(reason, 'en'), fr: renderReason(reason, 'fr') };
}

describe('reasons in words', () => {
  it.each<[MatchQuery, string, ReasonCode, string, string]>([
    [
      { text: 'ultrafast laser processing' },
      'femto-lt',
      'shared_technology',
      "offers ultrafast / femtosecond lasers — matches 'ultrafast laser'",
      'propose lasers ultrabrefs / femtosecondes — correspond à « ultrafast laser »',
    ],
    [
      { text: 'ultrafast laser processing' },
      'femto-lt',
      'related_technology',
      "offers laser micromachining — a specialisation of 'laser processing'",
      'propose micro-usinage laser — une spécialité de « laser processing »',
    ],
    [
      { text: 'micro-usinage laser' },
      'femto-fr',
      'shared_technology',
      "mentions laser micromachining — matches 'micro-usinage laser'",
      'mentionne micro-usinage laser — correspond à « micro-usinage laser »',
    ],
    [
      { text: 'thermal imaging' },
      'hospital',
      'shared_technology',
      "uses infrared and thermal imaging — matches 'thermal imaging'",
      'utilise imagerie infrarouge et thermique — correspond à « thermal imaging »',
    ],
    [
      { text: 'lasers', preferences: { regions: ['FRI1'] } },
      'laser-centre',
      'sought_region',
      'based in Aquitaine, a sought region',
      'situé dans la région recherchée Aquitaine',
    ],
    [{ text: 'lasers for an SME' }, 'femto-lt', 'sought_type', 'SME, as requested', 'PME, comme demandé'],
    [
      { text: 'femtosecond lasers in Lithuania' },
      'femto-lt',
      'sought_country',
      'based in Lithuania, a sought country',
      'situé dans le pays recherché : Lituanie',
    ],
    [
      { text: 'thermal imaging', requester: { roles: ['component_supplier'] } },
      'hospital',
      'complementary_role',
      'end user in Health and life sciences, complementary to your technology offer',
      'utilisateur final dans le domaine santé et sciences du vivant, complémentaire de votre offre technologique',
    ],
    [
      { text: 'lasers', requester: { id: 'femto-fr' } },
      'hospital',
      'past_partnership',
      'has already worked with you',
      'a déjà travaillé avec vous',
    ],
    [
      { text: 'lasers', requester: { id: 'femto-fr' } },
      'hospital',
      'shared_cluster',
      'in the Aquitaine Photonics Cluster network, like you',
      'dans le réseau Aquitaine Photonics Cluster, comme vous',
    ],
  ])('renders %# in English and French', (query, id, code, en, fr) => {
    expect(rendered(query, id, code)).toEqual({ en, fr });
  });

  it('lists the words a text match found', () => {
    const { en, fr } = rendered({ text: 'industrial fibre lasers' }, 'fibre-lasers', 'text_relevance');
    expect(en).toMatch(/^its profile mentions '\w+', '\w+' and '\w+'$/);
    expect(en).toContain("'industrial'");
    expect(fr).toMatch(/^son profil mentionne « \w+ », « \w+ » et « \w+ »$/);
  });

  it('renders a whole match with the points of each reason', () => {
    const match = matcher.rank({ text: 'femtosecond lasers' }).matches[0];
    expect(match && renderMatch(match, 'fr')[0]).toMatch(/\(\+\d+(\.\d+)?\)$/);
  });
});
