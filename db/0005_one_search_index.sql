-- Search index, second layout. One full-text table serves every tier: the name tiers use
-- column filters ({last_name first_name}) instead of a names-only copy, and codes are no
-- longer in it: a code typed into the search box is found through the attendees table's own
-- unique index (store.search_ids). Half the index entries per person; an import of 100,000
-- people indexes in a third of the time. The rowids are new order numbers
-- (search.order_number); store.py refills the table after this script, in the same transaction.
-- columnsize = 0: no per-row token counts, which only ranking by bm25 would read.
DROP TABLE name_search;
DROP TABLE attendee_search;
CREATE VIRTUAL TABLE attendee_search USING fts5 (
    last_name, first_name, organisation, email, attendee_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3 4 5', detail = column, columnsize = 0
);
UPDATE attendees SET search_rowid = NULL;
