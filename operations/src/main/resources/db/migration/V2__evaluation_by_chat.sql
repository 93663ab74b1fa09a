-- Current evaluations are read in chat order (the warehouse load pages through them by chat id): an index that
-- serves that order. The index on (is_current, evaluated_at) served no query and led H2 to sort every evaluation
-- on each page.
CREATE INDEX evaluation_chat_current ON evaluation (chat_id, is_current, id);
DROP INDEX evaluation_current;
