-- The directory search index moved into each app process (organisation_search_changes tells it what changed).
DROP TRIGGER IF EXISTS "organisation_search_index_sync" ON "organisations";--> statement-breakpoint
DROP TRIGGER IF EXISTS "organisation_search_index_delete" ON "organisations";--> statement-breakpoint
DROP FUNCTION IF EXISTS organisation_search_index_sync();--> statement-breakpoint
DROP FUNCTION IF EXISTS organisation_search_index_delete();--> statement-breakpoint
DROP TABLE "organisation_search_index" CASCADE;
