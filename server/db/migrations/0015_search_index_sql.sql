-- organisation_search_index: the narrow copy of each organisation that directory search reads (typo
-- names, facet counts without text), kept in the same transaction as the organisation by this trigger.
-- AFTER the row is written, so the generated name_folded and the trigger-computed technology_paths
-- are final. No foreign key (merges list those as references still to move): a deletion deletes the copy.
CREATE OR REPLACE FUNCTION organisation_search_index_sync() RETURNS trigger AS $$
BEGIN
  INSERT INTO organisation_search_index AS s (id, status, listing_consent, type, country_code, region_code,
      name_folded, technology_paths, application_domains, s3_areas, value_chain_roles)
  VALUES (NEW.id, NEW.status, NEW.listing_consent, NEW.type, NEW.country_code, NEW.region_code,
      coalesce(NEW.name_folded, ''), NEW.technology_paths, NEW.application_domains, NEW.s3_areas, NEW.value_chain_roles)
  ON CONFLICT (id) DO UPDATE SET
    status = excluded.status, listing_consent = excluded.listing_consent, type = excluded.type,
    country_code = excluded.country_code, region_code = excluded.region_code, name_folded = excluded.name_folded,
    technology_paths = excluded.technology_paths, application_domains = excluded.application_domains,
    s3_areas = excluded.s3_areas, value_chain_roles = excluded.value_chain_roles
  WHERE (s.status, s.listing_consent, s.type, s.country_code, s.region_code, s.name_folded, s.technology_paths,
         s.application_domains, s.s3_areas, s.value_chain_roles)
    IS DISTINCT FROM (excluded.status, excluded.listing_consent, excluded.type, excluded.country_code,
         excluded.region_code, excluded.name_folded, excluded.technology_paths, excluded.application_domains,
         excluded.s3_areas, excluded.value_chain_roles);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER organisation_search_index_sync AFTER INSERT OR UPDATE ON organisations
  FOR EACH ROW EXECUTE FUNCTION organisation_search_index_sync();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION organisation_search_index_delete() RETURNS trigger AS $$
BEGIN
  DELETE FROM organisation_search_index WHERE id = OLD.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER organisation_search_index_delete AFTER DELETE ON organisations
  FOR EACH ROW EXECUTE FUNCTION organisation_search_index_delete();
--> statement-breakpoint
INSERT INTO organisation_search_index (id, status, listing_consent, type, country_code, region_code, name_folded,
    technology_paths, application_domains, s3_areas, value_chain_roles)
  SELECT id, status, listing_consent, type, country_code, region_code, coalesce(name_folded, ''), technology_paths,
    application_domains, s3_areas, value_chain_roles
  FROM organisations
  ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
ANALYZE organisation_search_index;
