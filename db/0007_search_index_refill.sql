-- The search index holds more than before, so it is emptied here and store.py fills it again
-- from the attendees, in the same transaction:
-- * folding also takes a spelled-out umlaut at the start of a word (Oeztuerk = Öztürk =
--   Ozturk; before, only after a letter, as in Mueller);
-- * a name with a hyphen or an apostrophe is also indexed joined (Karl-Heinz as karlheinz,
--   D'Angelo as dangelo);
-- * the title is indexed with the first name ("dr anna" finds Dr. Anna Schmidt);
-- * letters of other scripts are indexed (Чернігів, محمد, 李 were left out before, so typing
--   them listed everybody instead of finding the person), and Cyrillic and Greek names also
--   under their Latin passport spellings (Коваленко as kovalenko; checkin/translit.py).
DELETE FROM attendee_search;
UPDATE attendees SET search_rowid = NULL;
