import { z } from 'zod';
import { OrganisationListQuerySchema } from './organisations';

export const PARTNERSHIP_STATUSES = ['planned', 'active', 'completed'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];
/** Partnerships a region "takes part in": running or run, not merely planned. */
export const COUNTED_PARTNERSHIP_STATUSES = ['active', 'completed'] as const satisfies readonly PartnershipStatus[];
export const PARTNERSHIP_MEMBER_ROLES = ['coordinator', 'partner'] as const;

/**
 * The colour bands of the EU cluster policy map (seed document 004): regions taking part in 5 or
 * more partnerships in green, 2 to 4 in yellow, 1 in orange.
 */
export const PARTNERSHIP_BANDS = ['green', 'yellow', 'orange'] as const;
export type PartnershipBand = (typeof PARTNERSHIP_BANDS)[number];

export function partnershipBand(count: number): PartnershipBand | null {
  if (count >= 5) return 'green';
  if (count >= 2) return 'yellow';
  if (count >= 1) return 'orange';
  return null;
}

/** The directory's filters (GET /organisations), without paging, sorting or facets. */
export const MapQuerySchema = OrganisationListQuerySchema.omit({ limit: true, cursor: true, sort: true, facets: true });
export type MapQuery = z.input<typeof MapQuerySchema>;

const CountSchema = z.object({ code: z.string(), count: z.number().int() });

export const MapRegionSchema = CountSchema.extend({
  /** Latin-script name from the NUTS classification (regions table). */
  name: z.string(),
  countryCode: z.string(),
});
export type MapRegion = z.infer<typeof MapRegionSchema>;

const BandedCountSchema = CountSchema.extend({ band: z.enum(PARTNERSHIP_BANDS) });

export const OrganisationMapSchema = z.object({
  organisations: z.object({
    /**
     * Organisations matching every filter, the country and region ones included: the list's total.
     * The per-area counts below leave out the country and region filters, which are the map's
     * selection, so every area shows what the rest of the search finds there.
     */
    matching: z.number().int(),
    /** Organisations matching the search apart from its country and region filters. */
    counted: z.number().int(),
    /** Of those, how many have no NUTS 2 region (shown at country level only). */
    withoutRegion: z.number().int(),
    /** Every country with at least one organisation (ISO 3166 alpha-2), by code. */
    countries: z.array(CountSchema),
    /** Every NUTS 2 region of the platform (zero counts included), by code. */
    regions: z.array(MapRegionSchema),
  }),
  partnerships: z.object({
    /** Active or completed strategic partnerships with at least one public member organisation. */
    total: z.number().int(),
    /** Regions and countries taking part in at least one, by code. */
    regions: z.array(BandedCountSchema),
    countries: z.array(BandedCountSchema),
  }),
});
export type OrganisationMap = z.infer<typeof OrganisationMapSchema>;
