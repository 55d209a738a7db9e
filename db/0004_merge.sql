-- Deriving presence from the log looks up the undo that takes back each check-in.
CREATE INDEX checkin_log_refers_to ON checkin_log (refers_to) WHERE refers_to IS NOT NULL;
