-- The full-text index keeps up to 64 MiB of new entries in memory before writing a segment
-- (FTS5's default is 1 MiB). An import of 100,000 people then writes its index in one piece
-- at commit, instead of a small segment per MiB that FTS5 merges again as it goes: 0.1-0.2 s
-- less for that import (bench/bench_import.py). The memory is only held inside a transaction
-- that adds many rows; the desk's one-person writes flush a few hundred bytes.
INSERT INTO attendee_search (attendee_search, rank) VALUES ('hashsize', 67108864);
