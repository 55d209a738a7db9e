-- Folding now also takes a spelled-out umlaut at the start of a word (Oeztuerk = Öztürk =
-- Ozturk; before, only after a letter, as in Mueller). The index held words folded the old
-- way, so it is emptied here and store.py fills it again, in the same transaction.
DELETE FROM attendee_search;
UPDATE attendees SET search_rowid = NULL;
