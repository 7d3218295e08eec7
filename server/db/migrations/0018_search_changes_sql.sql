-- organisation_search_changes: one entry per organisation a statement writes (organisations), or whose
-- cluster memberships or labels it writes, in the statement's transaction. Statement-level triggers with
-- transition tables, so an import batch appends its entries in one insert.
CREATE OR REPLACE FUNCTION organisation_search_changed() RETURNS trigger AS $$
BEGIN
  IF TG_TABLE_NAME = 'organisations' THEN
    IF TG_OP = 'DELETE' THEN
      INSERT INTO organisation_search_changes (organisation_id) SELECT id FROM old_rows;
    ELSE
      INSERT INTO organisation_search_changes (organisation_id) SELECT id FROM new_rows;
    END IF;
  ELSIF TG_TABLE_NAME = 'cluster_memberships' THEN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO organisation_search_changes (organisation_id) SELECT member_id FROM new_rows;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
      INSERT INTO organisation_search_changes (organisation_id) SELECT member_id FROM old_rows;
    END IF;
  ELSE
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO organisation_search_changes (organisation_id) SELECT organisation_id FROM new_rows;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
      INSERT INTO organisation_search_changes (organisation_id) SELECT organisation_id FROM old_rows;
    END IF;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER organisation_search_inserted AFTER INSERT ON organisations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_search_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_search_updated AFTER UPDATE ON organisations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_search_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_search_deleted AFTER DELETE ON organisations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_search_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_search_inserted AFTER INSERT ON cluster_memberships
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_search_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_search_updated AFTER UPDATE ON cluster_memberships
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_search_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_search_deleted AFTER DELETE ON cluster_memberships
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_search_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_search_inserted AFTER INSERT ON cluster_labels
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_search_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_search_updated AFTER UPDATE ON cluster_labels
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_search_changed();
--> statement-breakpoint
CREATE TRIGGER organisation_search_deleted AFTER DELETE ON cluster_labels
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_search_changed();
