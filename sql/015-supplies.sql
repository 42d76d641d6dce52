-- Office supplies and fixed assets (OS-01): item rows, the assistant's
-- consolidated report (汇总上报单) and the hand-out of each row, with an
-- asset tag for every fixed asset handed out.

-- A request is of one kind: 办公用品 (supplies) or 固定资产 (asset); its
-- kind is named in each language like every request kind.
INSERT INTO request_kinds (type, code, name_zh, name_en) VALUES
  ('supplies', 'supplies', '办公用品', 'Office supplies'),
  ('supplies', 'asset', '固定资产', 'Fixed assets');

-- items / quantity stay as they were: the one box and one number of
-- requests filed before item rows (each is also moved into one row below).
-- report_id: the consolidated report the request was gathered into.
ALTER TABLE supplies_requests
  ADD COLUMN kind VARCHAR(8) NOT NULL DEFAULT 'supplies' AFTER request_id,
  ADD COLUMN report_id BIGINT UNSIGNED NULL,
  ADD COLUMN handed_at DATETIME NULL,
  ADD COLUMN handed_by INT UNSIGNED NULL,
  ADD KEY k_supplies_report (report_id);

-- One row per item asked for.  handed_qty is NULL until the hand-out is
-- recorded; asset_tags lists the tags of the fixed assets handed out.
-- name is wide enough for a migrated request's whole old item list.
CREATE TABLE supplies_items (
  request_id  BIGINT UNSIGNED NOT NULL,
  line_no     TINYINT UNSIGNED NOT NULL,
  name        VARCHAR(2000) NOT NULL,
  spec        VARCHAR(100) NOT NULL DEFAULT '',
  quantity    INT UNSIGNED NOT NULL,
  unit        VARCHAR(10) NOT NULL DEFAULT '',
  handed_qty  INT UNSIGNED NULL,
  asset_tags  VARCHAR(2000) NOT NULL DEFAULT '',
  PRIMARY KEY (request_id, line_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every fixed asset handed out, under its tag: a tag is given once.
CREATE TABLE supplies_assets (
  tag         VARCHAR(64) NOT NULL PRIMARY KEY,
  request_id  BIGINT UNSIGNED NOT NULL,
  line_no     TINYINT UNSIGNED NOT NULL,
  holder_id   INT UNSIGNED NOT NULL,
  handed_at   DATETIME NOT NULL,
  KEY k_assets_request (request_id, line_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The consolidated report: gathered (draft), then sent (sent_to: to whom,
-- e.g. 行政部); a draft may be dissolved, a sent report never changes.
CREATE TABLE supplies_reports (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state       VARCHAR(8) NOT NULL DEFAULT 'draft',
  created_by  INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  sent_by     INT UNSIGNED NULL,
  sent_at     DATETIME NULL,
  sent_to     VARCHAR(100) NOT NULL DEFAULT '',
  KEY k_reports_created (created_by, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Requests filed before item rows: one row each, holding the old list
-- whole, and their kind.
INSERT INTO supplies_items (request_id, line_no, name, spec, quantity, unit)
  SELECT request_id, 1, items, '', quantity, '' FROM supplies_requests WHERE items <> '';
UPDATE requests SET kind = 'supplies' WHERE type = 'supplies' AND kind = '';
