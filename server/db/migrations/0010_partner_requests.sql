CREATE TABLE "end_user_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"problem" text NOT NULL,
	"application_domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"technologies" text[] DEFAULT '{}'::text[] NOT NULL,
	"constraints" text,
	"budget_min" integer,
	"budget_max" integer,
	"budget_currency" text DEFAULT 'EUR' NOT NULL,
	"wanted_by" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"contact_user_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "end_user_needs_status_check" CHECK ("end_user_needs"."status" in ('draft', 'published', 'archived')),
	CONSTRAINT "end_user_needs_currency_check" CHECK ("end_user_needs"."budget_currency" = 'EUR'),
	CONSTRAINT "end_user_needs_budget_check" CHECK (("end_user_needs"."budget_min" is null or "end_user_needs"."budget_min" >= 0) and ("end_user_needs"."budget_max" is null or "end_user_needs"."budget_max" >= 0) and ("end_user_needs"."budget_min" is null or "end_user_needs"."budget_max" is null or "end_user_needs"."budget_min" <= "end_user_needs"."budget_max"))
);
--> statement-breakpoint
CREATE TABLE "technology_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description_en" text,
	"description_fr" text,
	"technologies" text[] DEFAULT '{}'::text[] NOT NULL,
	"application_domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"trl" integer,
	"collaboration_modes" text[] DEFAULT '{}'::text[] NOT NULL,
	"ip_status" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"contact_user_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "technology_offers_status_check" CHECK ("technology_offers"."status" in ('draft', 'published', 'archived')),
	CONSTRAINT "technology_offers_trl_check" CHECK ("technology_offers"."trl" is null or "technology_offers"."trl" between 1 and 9),
	CONSTRAINT "technology_offers_ip_status_check" CHECK ("technology_offers"."ip_status" is null or "technology_offers"."ip_status" in ('patented', 'patent_pending', 'know_how', 'open')),
	CONSTRAINT "technology_offers_modes_check" CHECK ("technology_offers"."collaboration_modes" <@ array['licensing', 'joint_development', 'technical_cooperation', 'service', 'sale', 'investment']::text[])
);
--> statement-breakpoint
CREATE TABLE "partner_request_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"hidden_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_request_follows" (
	"request_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_request_follows_request_id_user_id_pk" PRIMARY KEY("request_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "partner_request_hidden_matches" (
	"request_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"hidden_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_request_hidden_matches_request_id_organisation_id_pk" PRIMARY KEY("request_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "partner_request_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"message" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_request_interests_status_check" CHECK ("partner_request_interests"."status" in ('pending', 'accepted', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "partner_request_invitations" (
	"request_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_request_invitations_request_id_organisation_id_pk" PRIMARY KEY("request_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "partner_request_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"organisation_id" uuid,
	"name" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "partner_request_partners_one_check" CHECK (("partner_request_partners"."organisation_id" is null) <> ("partner_request_partners"."name" is null))
);
--> statement-breakpoint
CREATE TABLE "partner_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"sought_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"sought_technologies" text[] DEFAULT '{}'::text[] NOT NULL,
	"sought_domains" text[] DEFAULT '{}'::text[] NOT NULL,
	"sought_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"sought_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"sought_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"reminder_sent_for" timestamp with time zone,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_requests_kind_check" CHECK ("partner_requests"."kind" in ('strategic_partnership', 'project_consortium', 'technology_cooperation', 'investment', 'internationalisation')),
	CONSTRAINT "partner_requests_status_check" CHECK ("partner_requests"."status" in ('draft', 'open', 'closed', 'expired')),
	CONSTRAINT "partner_requests_visibility_check" CHECK ("partner_requests"."visibility" in ('public', 'members_only'))
);
--> statement-breakpoint
ALTER TABLE "end_user_needs" ADD CONSTRAINT "end_user_needs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "end_user_needs" ADD CONSTRAINT "end_user_needs_contact_user_id_users_id_fk" FOREIGN KEY ("contact_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technology_offers" ADD CONSTRAINT "technology_offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technology_offers" ADD CONSTRAINT "technology_offers_contact_user_id_users_id_fk" FOREIGN KEY ("contact_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_comments" ADD CONSTRAINT "partner_request_comments_request_id_partner_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."partner_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_comments" ADD CONSTRAINT "partner_request_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_comments" ADD CONSTRAINT "partner_request_comments_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_follows" ADD CONSTRAINT "partner_request_follows_request_id_partner_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."partner_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_follows" ADD CONSTRAINT "partner_request_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_hidden_matches" ADD CONSTRAINT "partner_request_hidden_matches_request_id_partner_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."partner_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_hidden_matches" ADD CONSTRAINT "partner_request_hidden_matches_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_hidden_matches" ADD CONSTRAINT "partner_request_hidden_matches_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_interests" ADD CONSTRAINT "partner_request_interests_request_id_partner_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."partner_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_interests" ADD CONSTRAINT "partner_request_interests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_interests" ADD CONSTRAINT "partner_request_interests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_interests" ADD CONSTRAINT "partner_request_interests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_invitations" ADD CONSTRAINT "partner_request_invitations_request_id_partner_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."partner_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_invitations" ADD CONSTRAINT "partner_request_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_invitations" ADD CONSTRAINT "partner_request_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_partners" ADD CONSTRAINT "partner_request_partners_request_id_partner_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."partner_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_request_partners" ADD CONSTRAINT "partner_request_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_requests" ADD CONSTRAINT "partner_requests_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_requests" ADD CONSTRAINT "partner_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "end_user_needs_organisation_idx" ON "end_user_needs" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "end_user_needs_status_idx" ON "end_user_needs" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "end_user_needs_technologies_idx" ON "end_user_needs" USING gin ("technologies");--> statement-breakpoint
CREATE INDEX "end_user_needs_domains_idx" ON "end_user_needs" USING gin ("application_domains");--> statement-breakpoint
CREATE INDEX "technology_offers_organisation_idx" ON "technology_offers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "technology_offers_status_idx" ON "technology_offers" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "technology_offers_technologies_idx" ON "technology_offers" USING gin ("technologies");--> statement-breakpoint
CREATE INDEX "technology_offers_domains_idx" ON "technology_offers" USING gin ("application_domains");--> statement-breakpoint
CREATE INDEX "partner_request_comments_request_idx" ON "partner_request_comments" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "partner_request_follows_user_idx" ON "partner_request_follows" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_request_interests_org_key" ON "partner_request_interests" USING btree ("request_id","organisation_id");--> statement-breakpoint
CREATE INDEX "partner_request_interests_org_idx" ON "partner_request_interests" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "partner_request_invitations_org_idx" ON "partner_request_invitations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "partner_request_partners_request_idx" ON "partner_request_partners" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "partner_request_partners_org_idx" ON "partner_request_partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_request_partners_org_key" ON "partner_request_partners" USING btree ("request_id","organisation_id");--> statement-breakpoint
CREATE INDEX "partner_requests_lead_idx" ON "partner_requests" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "partner_requests_status_deadline_idx" ON "partner_requests" USING btree ("status","deadline");