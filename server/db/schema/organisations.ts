import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions } from './taxonomy';
import { users } from './users';
import {
  ORGANISATION_STATUSES,
  ORGANISATION_TYPES,
  SIZE_BANDS,
  VALUE_CHAIN_ROLES,
} from '../../../contracts/organisations';

/** Maintained by the organisations_search trigger (migration 0003), never written by the application. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: ORGANISATION_TYPES }).notNull(),
    countryCode: text('country_code').notNull(),
    regionCode: text('region_code').references(() => regions.code),
    city: text('city'),
    website: text('website'),
    descriptionEn: text('description_en'),
    descriptionFr: text('description_fr'),
    sizeBand: text('size_band', { enum: SIZE_BANDS }),
    yearFounded: integer('year_founded'),
    technologies: text('technologies').array().notNull().default(sql`'{}'::text[]`),
    applicationDomains: text('application_domains').array().notNull().default(sql`'{}'::text[]`),
    s3Areas: text('s3_areas').array().notNull().default(sql`'{}'::text[]`),
    valueChainRoles: text('value_chain_roles').array().notNull().default(sql`'{}'::text[]`),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    contactEmail: text('contact_email'),
    status: text('status', { enum: ORGANISATION_STATUSES }).notNull().default('draft'),
    listingConsent: boolean('listing_consent').notNull().default(false),
    listingConsentAt: timestamp('listing_consent_at', { withTimezone: true }),
    externalId: text('external_id'),
    /** Lower-cased and accent-folded once at write time, so typo-tolerant name matching reads a column. */
    nameFolded: text('name_folded').generatedAlwaysAs(sql`f_unaccent(lower(name))`),
    /** "https://www.Example.eu/fr" → "example.eu": the duplicate and import key when there is no external id. */
    websiteDomain: text('website_domain').generatedAlwaysAs(
      sql`nullif(regexp_replace(lower(split_part(regexp_replace(coalesce(website, ''), '^[a-zA-Z]+://', ''), '/', 1)), '^www\\.', ''), '')`,
    ),
    searchVector: tsvector('search_vector'),
    /** Declared technologies and all their ancestors (trigger-maintained): hierarchical filters and facets. */
    technologyPaths: text('technology_paths').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_slug_key').on(t.slug),
    uniqueIndex('organisations_external_id_key').on(t.externalId),
    index('organisations_public_name_idx').on(t.status, t.listingConsent, t.name),
    index('organisations_country_idx').on(t.countryCode),
    index('organisations_website_domain_idx').on(t.websiteDomain),
    index('organisations_name_folded_trgm_idx').using('gin', sql`${t.nameFolded} gin_trgm_ops`),
    index('organisations_region_idx').on(t.regionCode),
    index('organisations_created_idx').on(t.createdAt, t.id),
    index('organisations_search_idx').using('gin', t.searchVector),
    index('organisations_technology_paths_idx').using('gin', t.technologyPaths),
    index('organisations_domains_idx').using('gin', t.applicationDomains),
    index('organisations_s3_idx').using('gin', t.s3Areas),
    index('organisations_roles_idx').using('gin', t.valueChainRoles),
    check('organisations_type_check', sql`${t.type} in (${inList(ORGANISATION_TYPES)})`),
    check('organisations_status_check', sql`${t.status} in (${inList(ORGANISATION_STATUSES)})`),
    check('organisations_size_band_check', sql`${t.sizeBand} is null or ${t.sizeBand} in (${inList(SIZE_BANDS)})`),
    check('organisations_roles_check', sql`${t.valueChainRoles} <@ array[${inList(VALUE_CHAIN_ROLES)}]::text[]`),
    check('organisations_country_check', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    check('organisations_year_check', sql`${t.yearFounded} is null or ${t.yearFounded} between 1800 and 2100`),
  ],
);

/** Extras of an organisation whose type is cluster_organisation. */
export const clusterProfiles = pgTable(
  'cluster_profiles',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    managementFte: numeric('management_fte', { precision: 6, scale: 2, mode: 'number' }),
    memberCount: integer('member_count'),
    membersCompanies: integer('members_companies'),
    membersResearch: integer('members_research'),
    membersPublic: integer('members_public'),
    validationStatus: text('validation_status', { enum: ['not_submitted', 'pending', 'validated', 'rejected'] })
      .notNull()
      .default('not_submitted'),
    validationNote: text('validation_note'),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    validatedBy: uuid('validated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check(
      'cluster_profiles_validation_status_check',
      sql`${t.validationStatus} in ('not_submitted', 'pending', 'validated', 'rejected')`,
    ),
    check('cluster_profiles_counts_check', sql`coalesce(${t.memberCount}, 0) >= 0 and coalesce(${t.managementFte}, 0) >= 0`),
  ],
);

export const clusterLabels = pgTable(
  'cluster_labels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    label: text('label', { enum: ['bronze', 'silver', 'gold'] }).notNull(),
    awardedOn: date('awarded_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('cluster_labels_org_label_key').on(t.organisationId, t.label, t.awardedOn),
    check('cluster_labels_label_check', sql`${t.label} in ('bronze', 'silver', 'gold')`),
  ],
);

/** An organisation belonging to a cluster. Requests start pending until the cluster manager approves. */
export const clusterMemberships = pgTable(
  'cluster_memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'active'] }).notNull().default('pending'),
    since: date('since', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cluster_memberships_pair_key').on(t.clusterId, t.memberId),
    index('cluster_memberships_member_idx').on(t.memberId),
    check('cluster_memberships_status_check', sql`${t.status} in ('pending', 'active')`),
    check('cluster_memberships_not_self_check', sql`${t.clusterId} <> ${t.memberId}`),
  ],
);

/** A person in an organisation: admins manage the profile and approve members. */
export const organisationMembers = pgTable(
  'organisation_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['admin', 'member'] }).notNull().default('member'),
    status: text('status', { enum: ['pending', 'active', 'rejected'] }).notNull().default('pending'),
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('organisation_members_pair_key').on(t.organisationId, t.userId),
    index('organisation_members_user_idx').on(t.userId),
    check('organisation_members_role_check', sql`${t.role} in ('admin', 'member')`),
    check('organisation_members_status_check', sql`${t.status} in ('pending', 'active', 'rejected')`),
  ],
);
