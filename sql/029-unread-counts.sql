-- 029-unread-counts.sql - the unread-notice count off the users row (#17).
--
-- A notice added one to its user's users.unread_notes, by trigger, inside
-- the transaction that wrote it, so the row stayed locked until that
-- transaction's COMMIT.  The people told of every decision of a kind (the
-- assistants who hand out supplies hear of each approval) had every such
-- approval queue on their row: in the benchmark the notices' INSERT took
-- 523 µs, 131 µs with no trigger at all.  Now a connection adds to its own
-- of eight slots per user (CONNECTION_ID() % 8), so two transactions meet
-- on a slot only one time in eight; the session read adds the slots up.
-- Every process's writes still move the count in their own transaction.
-- users.unread_notes stays, no longer kept: the PHP yardstick in
-- ../shared/peer (outside the product) still reads it.

CREATE TABLE unread_counts (
  user_id  INT UNSIGNED NOT NULL,
  slot     TINYINT UNSIGNED NOT NULL,
  n        INT NOT NULL,
  PRIMARY KEY (user_id, slot)
) ENGINE=InnoDB;
INSERT INTO unread_counts (user_id, slot, n) SELECT id, 0, unread_notes FROM users WHERE unread_notes <> 0;

DROP TRIGGER notifications_unread_ins;
DROP TRIGGER notifications_unread_upd;
DROP TRIGGER notifications_unread_del;
-- A notification's user never changes; only read_at moves.
CREATE TRIGGER notifications_unread_ins AFTER INSERT ON notifications FOR EACH ROW
  INSERT INTO unread_counts (user_id, slot, n) VALUES (NEW.user_id, CONNECTION_ID() % 8, NEW.read_at IS NULL)
  ON DUPLICATE KEY UPDATE n = n + (NEW.read_at IS NULL);
CREATE TRIGGER notifications_unread_upd AFTER UPDATE ON notifications FOR EACH ROW
  INSERT INTO unread_counts (user_id, slot, n)
  VALUES (NEW.user_id, CONNECTION_ID() % 8, (NEW.read_at IS NULL) - (OLD.read_at IS NULL))
  ON DUPLICATE KEY UPDATE n = n + (NEW.read_at IS NULL) - (OLD.read_at IS NULL);
CREATE TRIGGER notifications_unread_del AFTER DELETE ON notifications FOR EACH ROW
  INSERT INTO unread_counts (user_id, slot, n) VALUES (OLD.user_id, CONNECTION_ID() % 8, -(OLD.read_at IS NULL))
  ON DUPLICATE KEY UPDATE n = n - (OLD.read_at IS NULL);
