CREATE TABLE "organisation_search_changes" (
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "organisation_search_changes_xid_idx" ON "organisation_search_changes" USING btree ("xid");--> statement-breakpoint
CREATE INDEX "organisation_search_changes_changed_at_idx" ON "organisation_search_changes" USING btree ("changed_at");