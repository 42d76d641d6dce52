-- Every page shows the unread-notice count, reads the settings, and some
-- list the active users; each used to cost a query per page.  Counters kept
-- by triggers ride along with the session lookup instead: whichever process
-- writes (app, scheduler, mailer, an admin by hand), the counters follow in
-- the same transaction.

ALTER TABLE users ADD COLUMN unread_notes INT NOT NULL DEFAULT 0;
UPDATE users u SET unread_notes =
  (SELECT COUNT(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL);

-- A notification's user never changes; only read_at moves.
CREATE TRIGGER notifications_unread_ins AFTER INSERT ON notifications FOR EACH ROW
  UPDATE users SET unread_notes = unread_notes + (NEW.read_at IS NULL) WHERE id = NEW.user_id;
CREATE TRIGGER notifications_unread_upd AFTER UPDATE ON notifications FOR EACH ROW
  UPDATE users SET unread_notes = unread_notes + (NEW.read_at IS NULL) - (OLD.read_at IS NULL)
  WHERE id = NEW.user_id;
CREATE TRIGGER notifications_unread_del AFTER DELETE ON notifications FOR EACH ROW
  UPDATE users SET unread_notes = unread_notes - (OLD.read_at IS NULL) WHERE id = OLD.user_id;

-- Workers cache the settings and the list of active users (app/core/gens.h);
-- these generations tell them when to reread.  The roster changes only when
-- what the lists show changes, not with every unread count.
CREATE TABLE cache_gen (
  id        TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  settings  BIGINT UNSIGNED NOT NULL,
  roster    BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB;
INSERT INTO cache_gen VALUES (1, 1, 1);
CREATE TRIGGER settings_gen_ins AFTER INSERT ON settings FOR EACH ROW
  UPDATE cache_gen SET settings = settings + 1 WHERE id = 1;
CREATE TRIGGER settings_gen_upd AFTER UPDATE ON settings FOR EACH ROW
  UPDATE cache_gen SET settings = settings + 1 WHERE id = 1;
CREATE TRIGGER settings_gen_del AFTER DELETE ON settings FOR EACH ROW
  UPDATE cache_gen SET settings = settings + 1 WHERE id = 1;
CREATE TRIGGER roster_gen_ins AFTER INSERT ON users FOR EACH ROW
  UPDATE cache_gen SET roster = roster + 1 WHERE id = 1;
-- An IF, not a WHERE: an UPDATE that matches nothing could still lock the
-- counter row, and every notification updates a user (its unread count).
DELIMITER //
CREATE TRIGGER roster_gen_upd AFTER UPDATE ON users FOR EACH ROW
BEGIN
  IF NOT (NEW.login <=> OLD.login AND NEW.display_name <=> OLD.display_name
          AND NEW.active <=> OLD.active AND NEW.dept_id <=> OLD.dept_id) THEN
    UPDATE cache_gen SET roster = roster + 1 WHERE id = 1;
  END IF;
END//
DELIMITER ;
CREATE TRIGGER roster_gen_del AFTER DELETE ON users FOR EACH ROW
  UPDATE cache_gen SET roster = roster + 1 WHERE id = 1;
