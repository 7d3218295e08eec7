CREATE TABLE "organisation_search_index" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"listing_consent" boolean NOT NULL,
	"type" text NOT NULL,
	"country_code" text NOT NULL,
	"region_code" text,
	"name_folded" text NOT NULL,
	"technology_paths" text[] NOT NULL,
	"application_domains" text[] NOT NULL,
	"s3_areas" text[] NOT NULL,
	"value_chain_roles" text[] NOT NULL
);
--> statement-breakpoint
CREATE INDEX "organisation_search_index_name_trgm_idx" ON "organisation_search_index" USING gin ("name_folded" gin_trgm_ops);