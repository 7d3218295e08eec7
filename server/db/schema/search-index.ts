import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';

/**
 * The narrow copy of each organisation that directory search reads where the 135 MB organisations
 * table would be read whole or at random (names close to the query, facet counts without text): one
 * row per organisation, written by the organisation_search_index trigger (migration search_index_sql)
 * in the transaction that writes or deletes the organisation, never by the application. Column names are those
 * of organisations, so the search conditions apply to either.
 */
export const organisationSearchIndex = pgTable(
  'organisation_search_index',
  {
    /** organisations.id; no foreign key (a merge lists those as references left to move): deleted by trigger. */
    id: uuid('id').primaryKey(),
    status: text('status').notNull(),
    listingConsent: boolean('listing_consent').notNull(),
    type: text('type').notNull(),
    countryCode: text('country_code').notNull(),
    regionCode: text('region_code'),
    nameFolded: text('name_folded').notNull(),
    technologyPaths: text('technology_paths').array().notNull(),
    applicationDomains: text('application_domains').array().notNull(),
    s3Areas: text('s3_areas').array().notNull(),
    valueChainRoles: text('value_chain_roles').array().notNull(),
  },
  (t) => [index('organisation_search_index_name_trgm_idx').using('gin', sql`${t.nameFolded} gin_trgm_ops`)],
);
