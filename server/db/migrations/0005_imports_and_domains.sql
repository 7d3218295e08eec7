CREATE TABLE "organisation_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"filename" text NOT NULL,
	"status" text DEFAULT 'staged' NOT NULL,
	"columns" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "organisation_imports_status_check" CHECK ("organisation_imports"."status" in ('staged', 'committed', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "website_domain" text GENERATED ALWAYS AS (nullif(regexp_replace(lower(split_part(regexp_replace(coalesce(website, ''), '^[a-zA-Z]+://', ''), '/', 1)), '^www\.', ''), '')) STORED;--> statement-breakpoint
ALTER TABLE "organisation_imports" ADD CONSTRAINT "organisation_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_imports_created_idx" ON "organisation_imports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "organisations_website_domain_idx" ON "organisations" USING btree ("website_domain");--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "name_folded" text GENERATED ALWAYS AS (f_unaccent(lower(name))) STORED;--> statement-breakpoint
CREATE INDEX "organisations_name_folded_trgm_idx" ON "organisations" USING gin ("name_folded" gin_trgm_ops);
