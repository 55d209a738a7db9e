-- Anonymous figures that survive "close the event" (checkin/privacy.py purge): counts only,
-- never a person. Written in the purge transaction; checkin/report.py reads them back once
-- the setting 'purged_at' exists, so the report works after the personal data is gone.
CREATE TABLE anonymous_counts (
    dimension   TEXT NOT NULL CHECK (dimension IN ('total', 'organisation_type', 'workshop', 'arrivals')),
    key         TEXT NOT NULL,              -- the type, the workshop, or a 15-minute slot's local start
    registered  INTEGER NOT NULL DEFAULT 0, -- registered in advance
    attended    INTEGER NOT NULL DEFAULT 0, -- checked in (walk-ins included); undone check-ins not
    walk_ins    INTEGER NOT NULL DEFAULT 0, -- of those attended, registered at the desk
    PRIMARY KEY (dimension, key)
);
