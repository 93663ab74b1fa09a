-- A pull step looks up its chats by external id, a few hundred at a time. H2 serves "source = ? and external_id in
-- (...)" from the unique (source, external_id) index by source alone, reading every chat of the source for each
-- step; this index serves the IN list itself (the source is checked on the rows found).
CREATE INDEX chat_external_id ON chat (external_id);
