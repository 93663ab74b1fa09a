-- The warehouse is loaded from operations' outbox of changes to evaluations (the read model's
-- rm_evaluation_change): a change is loaded once, and the load remembers which, in the batch that loads it.

-- The changes loaded whose recording time is not settled yet (a transaction still open could commit a change
-- recorded before them); older ones are forgotten once warehouse_load_state.settled_until passes them.
CREATE TABLE warehouse_loaded_change (
    change_id   BIGINT PRIMARY KEY,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX warehouse_loaded_change_recorded ON warehouse_loaded_change (recorded_at);

-- Every change recorded up to this moment is loaded (null: none is).
ALTER TABLE warehouse_load_state ADD COLUMN settled_until TIMESTAMP WITH TIME ZONE;
