-- A request's title is stored in no language: the user's own words and
-- dates.  What kind of request it is (sick leave, 招待费 ...) is a code in
-- requests.kind, named in each language by request_kinds, so every viewer
-- reads it in their own language.
CREATE TABLE request_kinds (
  type     VARCHAR(24) NOT NULL,
  code     VARCHAR(24) NOT NULL,
  name_zh  VARCHAR(64) NOT NULL,
  name_en  VARCHAR(64) NOT NULL DEFAULT '',
  PRIMARY KEY (type, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Leave types keep their names where admins edit them; the kinds follow
-- in the same transaction.
INSERT INTO request_kinds (type, code, name_zh, name_en)
  SELECT 'leave', code, name, name_en FROM leave_types;
CREATE TRIGGER leave_types_kind_ins AFTER INSERT ON leave_types FOR EACH ROW
  REPLACE INTO request_kinds (type, code, name_zh, name_en) VALUES ('leave', NEW.code, NEW.name, NEW.name_en);
CREATE TRIGGER leave_types_kind_upd AFTER UPDATE ON leave_types FOR EACH ROW
  REPLACE INTO request_kinds (type, code, name_zh, name_en) VALUES ('leave', NEW.code, NEW.name, NEW.name_en);

ALTER TABLE requests ADD COLUMN kind VARCHAR(24) NOT NULL DEFAULT '' AFTER type;
UPDATE requests r JOIN leave_requests l ON l.request_id = r.id
  SET r.kind = l.kind, r.title = CONCAT(l.first_day, ' ~ ', l.last_day);

-- Mail is written by the delivery worker in the recipient's language from
-- what the decision stored: which notice, about which request, and the
-- approval link's path.  Rows queued before this change keep their bodies.
ALTER TABLE outbox
  MODIFY subject VARCHAR(255) NULL,
  MODIFY body_text MEDIUMTEXT NULL,
  ADD COLUMN notice VARCHAR(24) NOT NULL DEFAULT '' AFTER to_name,
  ADD COLUMN request_id BIGINT UNSIGNED NULL AFTER notice,
  ADD COLUMN lang VARCHAR(8) NOT NULL DEFAULT 'zh-CN' AFTER request_id;
