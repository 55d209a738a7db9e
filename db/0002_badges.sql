-- Badge print log: one row per badge sent to a printer (or written to a PDF marked as printed).
-- "Not yet printed" is derived from it: an attendee without a row here.
CREATE TABLE badge_prints (
    id           INTEGER PRIMARY KEY,
    attendee_id  INTEGER NOT NULL REFERENCES attendees (id),
    at           TEXT NOT NULL,                 -- ISO 8601, UTC
    station      TEXT NOT NULL,                 -- which desk
    printed_by   TEXT NOT NULL DEFAULT '',      -- who (the computer's user)
    layout       TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT 'bulk' CHECK (reason IN ('bulk', 'check_in', 'reprint'))
);
CREATE INDEX badge_prints_attendee ON badge_prints (attendee_id, id);
