import { asc, eq } from 'drizzle-orm';
import { regions, taxonomyTerms } from '../../db/schema';
import type { DbOrTx } from '../../db/client';

export async function listTerms(db: DbOrTx, kind: 'technology' | 'application_domain' | 's3_area') {
  return db
    .select({
      code: taxonomyTerms.code,
      kind: taxonomyTerms.kind,
      parentCode: taxonomyTerms.parentCode,
      labelEn: taxonomyTerms.labelEn,
      labelFr: taxonomyTerms.labelFr,
      synonymsEn: taxonomyTerms.synonymsEn,
      synonymsFr: taxonomyTerms.synonymsFr,
    })
    .from(taxonomyTerms)
    .where(eq(taxonomyTerms.kind, kind))
    .orderBy(asc(taxonomyTerms.position));
}

export async function listRegions(db: DbOrTx, country?: string) {
  const query = db.select().from(regions);
  return (country ? query.where(eq(regions.countryCode, country)) : query).orderBy(asc(regions.code));
}
