-- The event database: one file per event.
-- attendees holds who registered (or walked in); checkin_log is the append-only
-- truth about arrivals; presence is derived from the log inside the same transaction
-- and can be rebuilt from it at any time (store.rebuild_presence).

CREATE TABLE event (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    date        TEXT NOT NULL DEFAULT '',
    venue       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE attendees (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    registration_id    TEXT UNIQUE,
    salutation         TEXT NOT NULL DEFAULT '',
    title              TEXT NOT NULL DEFAULT '',
    first_name         TEXT NOT NULL DEFAULT '',
    last_name          TEXT NOT NULL DEFAULT '',
    organisation       TEXT NOT NULL DEFAULT '',
    organisation_type  TEXT NOT NULL DEFAULT '',
    role               TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    workshop           TEXT NOT NULL DEFAULT '',
    dietary            TEXT NOT NULL DEFAULT '',
    accessibility      TEXT NOT NULL DEFAULT '',
    photo_consent      INTEGER,               -- 1 yes, 0 no, NULL not asked
    category           TEXT NOT NULL DEFAULT '',
    desk_note          TEXT NOT NULL DEFAULT '',
    registered_at      TEXT NOT NULL DEFAULT '',
    extra              TEXT NOT NULL DEFAULT '{}',  -- JSON: columns the organiser chose to keep
    walk_in            INTEGER NOT NULL DEFAULT 0,
    sort_key           TEXT NOT NULL DEFAULT '',    -- DIN 5007-2 key: last name, first name
    search_rowid       INTEGER,                     -- this person's row in attendee_search and name_search
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX attendees_sort ON attendees (sort_key);

-- Folded copies of the searchable fields (see checkin/search.py). The rowid is an
-- order-preserving number made from sort_key (search.order_number), so rows come out
-- of the index already in German name order and a top-50 query stops after 50 rows.
CREATE VIRTUAL TABLE attendee_search USING fts5 (
    last_name, first_name, organisation, email, code, attendee_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3 4 5', detail = column
);
-- The names alone, same rowids: ranks name hits without scanning organisation words.
CREATE VIRTUAL TABLE name_search USING fts5 (
    last_name, first_name, attendee_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3 4 5', detail = column
);

CREATE TABLE checkin_log (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    attendee_id  INTEGER NOT NULL REFERENCES attendees (id),
    kind         TEXT NOT NULL CHECK (kind IN ('check_in', 'undo', 'correction')),
    station      TEXT NOT NULL,
    at           TEXT NOT NULL,             -- ISO 8601, UTC
    reason       TEXT NOT NULL DEFAULT '',
    refers_to    TEXT,                      -- the uuid an undo takes back
    details      TEXT NOT NULL DEFAULT '{}' -- JSON, e.g. a correction's before/after
);
CREATE INDEX checkin_log_attendee ON checkin_log (attendee_id, id);
CREATE INDEX checkin_log_at ON checkin_log (at);

CREATE TABLE presence (
    attendee_id  INTEGER PRIMARY KEY REFERENCES attendees (id),
    checkin_uuid TEXT NOT NULL,
    at           TEXT NOT NULL,
    station      TEXT NOT NULL
);
CREATE INDEX presence_at ON presence (at);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
