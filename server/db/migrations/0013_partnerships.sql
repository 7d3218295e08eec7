CREATE TABLE "strategic_partnership_members" (
	"partnership_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text DEFAULT 'partner' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategic_partnership_members_partnership_id_organisation_id_pk" PRIMARY KEY("partnership_id","organisation_id"),
	CONSTRAINT "strategic_partnership_members_role_check" CHECK ("strategic_partnership_members"."role" in ('coordinator', 'partner'))
);
--> statement-breakpoint
CREATE TABLE "strategic_partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"programme" text,
	"started_on" date,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategic_partnerships_status_check" CHECK ("strategic_partnerships"."status" in ('planned', 'active', 'completed')),
	CONSTRAINT "strategic_partnerships_dates_check" CHECK ("strategic_partnerships"."ended_on" is null or "strategic_partnerships"."started_on" is null or "strategic_partnerships"."ended_on" >= "strategic_partnerships"."started_on")
);
--> statement-breakpoint
ALTER TABLE "strategic_partnership_members" ADD CONSTRAINT "strategic_partnership_members_partnership_id_strategic_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."strategic_partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_partnership_members" ADD CONSTRAINT "strategic_partnership_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "strategic_partnership_members_organisation_idx" ON "strategic_partnership_members" USING btree ("organisation_id");