import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const taxonomyTerms = pgTable(
  'taxonomy_terms',
  {
    code: text('code').primaryKey(),
    kind: text('kind', { enum: ['technology', 'application_domain', 's3_area'] }).notNull(),
    parentCode: text('parent_code').references((): AnyPgColumn => taxonomyTerms.code),
    labelEn: text('label_en').notNull(),
    labelFr: text('label_fr').notNull(),
    synonymsEn: text('synonyms_en').array().notNull(),
    synonymsFr: text('synonyms_fr').array().notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    index('taxonomy_terms_kind_idx').on(t.kind, t.position),
    check('taxonomy_terms_kind_check', sql`${t.kind} in ('technology', 'application_domain', 's3_area')`),
  ],
);

export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    countryCode: text('country_code').notNull(),
    nutsVersion: text('nuts_version').notNull(),
  },
  (t) => [index('regions_country_idx').on(t.countryCode)],
);
