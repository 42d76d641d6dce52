-- Expense pre-approval 费用事前申请, its claim 报销 and the claim's
-- difference, budgets and the personal ledger 个人帐目 (domain.md section 1,
-- EX-01..EX-08).  Money is integer fen; days are DATE (the code speaks
-- days since 1970-01-01).

-- Categories: each uses one of the two forms, entertainment (招待费) or
-- travel (差旅费); admins add more and switch them off.  Their names
-- follow into request_kinds, as leave types' do.
CREATE TABLE expense_categories (
  code     VARCHAR(24) NOT NULL PRIMARY KEY,
  name     VARCHAR(64) NOT NULL,
  name_en  VARCHAR(64) NOT NULL DEFAULT '',
  form     VARCHAR(12) NOT NULL,            -- 'entertain' or 'travel'
  active   TINYINT NOT NULL DEFAULT 1,
  sort     INT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO expense_categories (code, name, name_en, form, sort) VALUES
  ('entertain', '招待费', 'Entertainment', 'entertain', 1),
  ('travel', '差旅费', 'Travel', 'travel', 2);

INSERT INTO request_kinds (type, code, name_zh, name_en)
  SELECT 'expense', code, name, name_en FROM expense_categories;
CREATE TRIGGER expense_categories_kind_ins AFTER INSERT ON expense_categories FOR EACH ROW
  REPLACE INTO request_kinds (type, code, name_zh, name_en) VALUES ('expense', NEW.code, NEW.name, NEW.name_en);
CREATE TRIGGER expense_categories_kind_upd AFTER UPDATE ON expense_categories FOR EACH ROW
  REPLACE INTO request_kinds (type, code, name_zh, name_en) VALUES ('expense', NEW.code, NEW.name, NEW.name_en);

-- A budget per department x category x period (EX-02).  What is used of
-- it is never stored here: it is the sum of the holds of
-- expense_requests that point at it, read under this row's lock.
CREATE TABLE expense_budgets (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dept_id     INT UNSIGNED NOT NULL,
  category    VARCHAR(24) NOT NULL,
  period      VARCHAR(8) NOT NULL,          -- 'month', 'quarter' or 'year'
  first_day   DATE NOT NULL,
  last_day    DATE NOT NULL,
  amount_fen  BIGINT NOT NULL,
  updated_by  INT UNSIGNED NOT NULL,
  updated_at  DATETIME NOT NULL,
  UNIQUE KEY uk_budget (dept_id, category, period, first_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per pre-approval.  planned_day: the entertainment's date, or the
-- trip's return; EX-08 counts from it.  hold: 'none' (a draft), 'tentative'
-- (submitted), 'firm' (approved), 'spent' (settled: hold_fen is then what
-- was paid) or 'released'.  claim_id: the live claim against it (EX-03).
CREATE TABLE expense_requests (
  request_id   BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  user_id      INT UNSIGNED NOT NULL,
  dept_id      INT UNSIGNED NOT NULL,
  category     VARCHAR(24) NOT NULL,
  form         VARCHAR(12) NOT NULL,
  client       VARCHAR(100) NOT NULL DEFAULT '',
  guests       INT UNSIGNED NOT NULL DEFAULT 0,
  our_people   INT UNSIGNED NOT NULL DEFAULT 0,
  place        VARCHAR(100) NOT NULL DEFAULT '',
  destination  VARCHAR(100) NOT NULL DEFAULT '',
  depart_day   DATE NULL,
  transport    VARCHAR(50) NOT NULL DEFAULT '',
  companions   VARCHAR(200) NOT NULL DEFAULT '',
  purpose      VARCHAR(500) NOT NULL DEFAULT '',
  planned_day  DATE NULL,
  amount_fen   BIGINT NOT NULL DEFAULT 0,
  budget_id    BIGINT UNSIGNED NULL,
  hold         VARCHAR(10) NOT NULL DEFAULT 'none',
  hold_fen     BIGINT NOT NULL DEFAULT 0,
  claim_id     BIGINT UNSIGNED NULL,
  over_budget  TINYINT NOT NULL DEFAULT 0,   -- EX-02: beyond what was left, sent one level higher
  KEY k_expense_budget (budget_id, hold),
  KEY k_expense_user (user_id, request_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per claim: the actual amount against the approved one (EX-04,
-- EX-05).  diff_id / diff_state: the difference's own request when the
-- actual passes the margin ('none', 'pending', 'approved', 'rejected').
CREATE TABLE claim_requests (
  request_id    BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  user_id       INT UNSIGNED NOT NULL,
  expense_id    BIGINT UNSIGNED NOT NULL,
  approved_fen  BIGINT NOT NULL DEFAULT 0,
  actual_fen    BIGINT NOT NULL DEFAULT 0,
  note          VARCHAR(500) NOT NULL DEFAULT '',
  diff_id       BIGINT UNSIGNED NULL,
  diff_state    VARCHAR(10) NOT NULL DEFAULT 'none',
  KEY k_claim_expense (expense_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The difference of a claim, approved along its own route (claim_diff).
CREATE TABLE claim_diffs (
  request_id  BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  claim_id    BIGINT UNSIGNED NOT NULL,
  category    VARCHAR(24) NOT NULL,
  amount_fen  BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The personal account 个人帐目 (EX-04): one row per settled claim.
CREATE TABLE expense_ledger (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id      INT UNSIGNED NOT NULL,
  dept_id      INT UNSIGNED NOT NULL,
  claim_id     BIGINT UNSIGNED NOT NULL,
  expense_id   BIGINT UNSIGNED NOT NULL,
  paid_fen     BIGINT NOT NULL,
  paid_day     DATE NOT NULL,
  method       VARCHAR(12) NOT NULL,
  voucher      VARCHAR(40) NOT NULL,
  booked_by    INT UNSIGNED NOT NULL,
  booked_at    DATETIME NOT NULL,
  UNIQUE KEY uk_ledger_claim (claim_id),
  KEY k_ledger_user (user_id, paid_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- EX-07: while away, the traveller checks in (报平安) once or twice a day
-- (travel_checkins_per_day); a day of the trip with fewer is missed, and
-- the head sees it on the request and on the list of people travelling.
CREATE TABLE expense_checkins (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id  BIGINT UNSIGNED NOT NULL,
  user_id     INT UNSIGNED NOT NULL,
  day         DATE NOT NULL,                  -- the Shanghai day
  at          DATETIME NOT NULL,
  note        VARCHAR(200) NOT NULL,
  place       VARCHAR(100) NOT NULL DEFAULT '',
  KEY k_checkins_request (request_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
