-- When something a badge shows (names, title, organisation, category: see checkin.domain.BADGE_FIELDS)
-- last changed; NULL: never since the person was added. A badge printed before then is out of date,
-- so the person counts as "not yet printed" again (checkin.badges.printed_ids). Files from before
-- this migration keep every badge printed as it was.
ALTER TABLE attendees ADD COLUMN badge_changed_at TEXT;  -- ISO 8601, UTC
