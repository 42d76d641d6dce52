-- 027-list-reads.sql - a list reads one index range and the requests it
-- names, nothing more (#17).
--
-- The inbox used to join four tables per row: the place, the request, the
-- step (for its kind) and the requester (for the name), plus the kind's
-- names.  Now the place carries its step's kind (a step's kind never
-- changes once written), and the inbox index covers every column the list
-- takes from the place, so a page is one index range plus one primary-key
-- read of each request.  Names of people and of request kinds come from
-- the workers' caches (app/view/names.c), checked by generation like the
-- roster and the settings.

ALTER TABLE step_assignees ADD COLUMN step_kind VARCHAR(8) NOT NULL DEFAULT '' AFTER step_id;
UPDATE step_assignees a JOIN request_steps s ON s.id = a.step_id SET a.step_kind = s.kind;
ALTER TABLE step_assignees DROP KEY k_assignees_inbox,
  ADD KEY k_assignees_inbox (user_id, state, id, request_id, activated_at, step_kind);

-- Kinds follow leave types and expense categories (their triggers REPLACE
-- into request_kinds), so the workers' copy needs its own generation.
ALTER TABLE cache_gen ADD COLUMN kinds BIGINT UNSIGNED NOT NULL DEFAULT 1;
CREATE TRIGGER kinds_gen_ins AFTER INSERT ON request_kinds FOR EACH ROW
  UPDATE cache_gen SET kinds = kinds + 1 WHERE id = 1;
CREATE TRIGGER kinds_gen_upd AFTER UPDATE ON request_kinds FOR EACH ROW
  UPDATE cache_gen SET kinds = kinds + 1 WHERE id = 1;
CREATE TRIGGER kinds_gen_del AFTER DELETE ON request_kinds FOR EACH ROW
  UPDATE cache_gen SET kinds = kinds + 1 WHERE id = 1;
