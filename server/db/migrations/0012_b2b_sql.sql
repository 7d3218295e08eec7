-- B2B meetings: a participant row carries its meeting's slot so that the unique index
-- b2b_meeting_participants_person_slot_key forbids one person in two meetings of the same slot.
-- These triggers keep the copy exact whatever statement moves a meeting.
CREATE OR REPLACE FUNCTION b2b_meeting_slot_to_participants() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE b2b_meeting_participants SET slot_starts_at = NEW.slot_starts_at WHERE meeting_id = NEW.id;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER b2b_meetings_slot_sync
  AFTER UPDATE OF slot_starts_at ON b2b_meetings
  FOR EACH ROW
  WHEN (OLD.slot_starts_at IS DISTINCT FROM NEW.slot_starts_at)
  EXECUTE FUNCTION b2b_meeting_slot_to_participants();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION b2b_participant_slot_from_meeting() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT m.slot_starts_at INTO NEW.slot_starts_at FROM b2b_meetings m WHERE m.id = NEW.meeting_id;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER b2b_meeting_participants_slot_init
  BEFORE INSERT OR UPDATE OF slot_starts_at, meeting_id ON b2b_meeting_participants
  FOR EACH ROW
  EXECUTE FUNCTION b2b_participant_slot_from_meeting();
