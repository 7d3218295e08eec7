ALTER TABLE "organisations" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "technology_paths" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "organisations_created_idx" ON "organisations" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "organisations_search_idx" ON "organisations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "organisations_technology_paths_idx" ON "organisations" USING gin ("technology_paths");--> statement-breakpoint
CREATE INDEX "organisations_domains_idx" ON "organisations" USING gin ("application_domains");--> statement-breakpoint
CREATE INDEX "organisations_s3_idx" ON "organisations" USING gin ("s3_areas");--> statement-breakpoint
CREATE INDEX "organisations_roles_idx" ON "organisations" USING gin ("value_chain_roles");