CREATE TABLE "b2b_agenda_feeds" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "b2b_meeting_participants" (
	"meeting_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"slot_starts_at" timestamp with time zone,
	"outcome" text,
	"outcome_at" timestamp with time zone,
	CONSTRAINT "b2b_meeting_participants_meeting_id_registration_id_pk" PRIMARY KEY("meeting_id","registration_id"),
	CONSTRAINT "b2b_meeting_participants_outcome_check" CHECK ("b2b_meeting_participants"."outcome" is null or "b2b_meeting_participants"."outcome" in ('met', 'follow_up', 'no_fit'))
);
--> statement-breakpoint
CREATE TABLE "b2b_meeting_request_recipients" (
	"request_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"response" text DEFAULT 'requested' NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "b2b_meeting_request_recipients_request_id_registration_id_pk" PRIMARY KEY("request_id","registration_id"),
	CONSTRAINT "b2b_meeting_request_recipients_response_check" CHECK ("b2b_meeting_request_recipients"."response" in ('requested', 'accepted', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "b2b_meeting_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"from_registration_id" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "b2b_meeting_requests_status_check" CHECK ("b2b_meeting_requests"."status" in ('requested', 'accepted', 'declined', 'cancelled', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "b2b_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"request_id" uuid,
	"status" text DEFAULT 'accepted' NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"slot_starts_at" timestamp with time zone,
	"slot_ends_at" timestamp with time zone,
	"table_no" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	CONSTRAINT "b2b_meetings_status_check" CHECK ("b2b_meetings"."status" in ('accepted', 'scheduled', 'cancelled')),
	CONSTRAINT "b2b_meetings_slot_check" CHECK (("b2b_meetings"."slot_starts_at" is null) = ("b2b_meetings"."table_no" is null) and ("b2b_meetings"."slot_starts_at" is null) = ("b2b_meetings"."slot_ends_at" is null)),
	CONSTRAINT "b2b_meetings_scheduled_check" CHECK (("b2b_meetings"."status" = 'scheduled') = ("b2b_meetings"."slot_starts_at" is not null)),
	CONSTRAINT "b2b_meetings_table_check" CHECK ("b2b_meetings"."table_no" is null or "b2b_meetings"."table_no" >= 0)
);
--> statement-breakpoint
CREATE TABLE "b2b_schedule_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stats" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unscheduled" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "b2b_schedule_runs_kind_check" CHECK ("b2b_schedule_runs"."kind" in ('preliminary', 'published', 'incremental'))
);
--> statement-breakpoint
CREATE TABLE "b2b_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_fr" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "b2b_sessions_dates_check" CHECK ("b2b_sessions"."ends_at" > "b2b_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "b2b_settings" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"meeting_minutes" integer DEFAULT 20 NOT NULL,
	"tables" integer DEFAULT 10 NOT NULL,
	"meeting_cap" integer,
	"who_may_meet" text DEFAULT 'everyone' NOT NULL,
	"request_deadline" timestamp with time zone,
	"auto_accept" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "b2b_settings_meeting_minutes_check" CHECK ("b2b_settings"."meeting_minutes" between 5 and 240),
	CONSTRAINT "b2b_settings_tables_check" CHECK ("b2b_settings"."tables" between 1 and 2000),
	CONSTRAINT "b2b_settings_meeting_cap_check" CHECK ("b2b_settings"."meeting_cap" is null or "b2b_settings"."meeting_cap" > 0),
	CONSTRAINT "b2b_settings_who_may_meet_check" CHECK ("b2b_settings"."who_may_meet" in ('everyone', 'providers_end_users'))
);
--> statement-breakpoint
CREATE TABLE "b2b_unavailability" (
	"event_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"slot_starts_at" timestamp with time zone NOT NULL,
	CONSTRAINT "b2b_unavailability_registration_id_slot_starts_at_pk" PRIMARY KEY("registration_id","slot_starts_at")
);
--> statement-breakpoint
ALTER TABLE "b2b_agenda_feeds" ADD CONSTRAINT "b2b_agenda_feeds_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_meeting_participants" ADD CONSTRAINT "b2b_meeting_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_meeting_participants" ADD CONSTRAINT "b2b_meeting_participants_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_meeting_participants" ADD CONSTRAINT "b2b_meeting_participants_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."b2b_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_meeting_request_recipients" ADD CONSTRAINT "b2b_meeting_request_recipients_request_id_b2b_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."b2b_meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_meeting_request_recipients" ADD CONSTRAINT "b2b_meeting_request_recipients_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_meeting_requests" ADD CONSTRAINT "b2b_meeting_requests_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_meeting_requests" ADD CONSTRAINT "b2b_meeting_requests_from_registration_id_event_registrations_id_fk" FOREIGN KEY ("from_registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_meetings" ADD CONSTRAINT "b2b_meetings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_meetings" ADD CONSTRAINT "b2b_meetings_request_id_b2b_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."b2b_meeting_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_meetings" ADD CONSTRAINT "b2b_meetings_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_schedule_runs" ADD CONSTRAINT "b2b_schedule_runs_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_schedule_runs" ADD CONSTRAINT "b2b_schedule_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_sessions" ADD CONSTRAINT "b2b_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_settings" ADD CONSTRAINT "b2b_settings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_unavailability" ADD CONSTRAINT "b2b_unavailability_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "b2b_unavailability" ADD CONSTRAINT "b2b_unavailability_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "b2b_agenda_feeds_token_key" ON "b2b_agenda_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "b2b_meeting_participants_person_slot_key" ON "b2b_meeting_participants" USING btree ("event_id","slot_starts_at","registration_id") WHERE "b2b_meeting_participants"."slot_starts_at" is not null;--> statement-breakpoint
CREATE INDEX "b2b_meeting_participants_registration_idx" ON "b2b_meeting_participants" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "b2b_meeting_request_recipients_registration_idx" ON "b2b_meeting_request_recipients" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "b2b_meeting_requests_event_status_idx" ON "b2b_meeting_requests" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "b2b_meeting_requests_from_idx" ON "b2b_meeting_requests" USING btree ("from_registration_id");--> statement-breakpoint
CREATE INDEX "b2b_meetings_event_status_idx" ON "b2b_meetings" USING btree ("event_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "b2b_meetings_cell_key" ON "b2b_meetings" USING btree ("event_id","slot_starts_at","table_no") WHERE "b2b_meetings"."slot_starts_at" is not null;--> statement-breakpoint
CREATE INDEX "b2b_schedule_runs_event_idx" ON "b2b_schedule_runs" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE INDEX "b2b_sessions_event_idx" ON "b2b_sessions" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "b2b_unavailability_event_idx" ON "b2b_unavailability" USING btree ("event_id");