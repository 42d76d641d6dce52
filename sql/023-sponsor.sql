-- Sponsorship (SP-01..SP-05): the merchant register, agreements signed by
-- two (their signatures are the engine's, sql/010-signatures.sql), the
-- organisation's sponsorship ledger and disbursements from it.

-- 商家: whom the organisation deals with.  Never deleted: agreements and
-- the ledger point at it.
CREATE TABLE merchants (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  contacts    VARCHAR(200) NOT NULL DEFAULT '',
  address     VARCHAR(200) NOT NULL DEFAULT '',
  notes       VARCHAR(500) NOT NULL DEFAULT '',
  created_by  INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  UNIQUE KEY uk_merchants_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An agreement's terms; money in fen, the goods' estimated value in fen.
-- Its row is also the lock every ledger change takes first (SP-05), so two
-- disbursements approved at once are checked one after the other.
CREATE TABLE agreement_requests (
  request_id   BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  merchant_id  INT UNSIGNED NOT NULL,
  money_fen    BIGINT NOT NULL DEFAULT 0,
  goods        VARCHAR(200) NOT NULL DEFAULT '',
  goods_qty    INT UNSIGNED NOT NULL DEFAULT 0,
  goods_fen    BIGINT NOT NULL DEFAULT 0,
  gives_back   VARCHAR(500) NOT NULL DEFAULT '',
  starts_on    DATE NULL,
  ends_on      DATE NULL,
  body         TEXT NOT NULL,
  KEY k_agreement_merchant (merchant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The sponsorship ledger: what came in under a signed agreement (direction
-- 'in', by finance, with who received it) and what went out through an
-- approved disbursement ('out', written at the head's approval, paid_at once
-- finance pays).  kind: money (fen) or goods (quantity and value in fen).
-- proof_id: the receipt's proof, an attachment of the agreement (label
-- 'proof'), so it is kept, hashed and opened like the agreement's files.
CREATE TABLE sponsor_ledger (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  agreement_id     BIGINT UNSIGNED NOT NULL,
  direction        ENUM('in', 'out') NOT NULL,
  kind             ENUM('money', 'goods') NOT NULL,
  amount_fen       BIGINT NOT NULL,
  qty              INT UNSIGNED NOT NULL DEFAULT 0,
  on_day           DATE NOT NULL,
  received_by      VARCHAR(50) NOT NULL DEFAULT '',
  note             VARCHAR(200) NOT NULL DEFAULT '',
  disbursement_id  BIGINT UNSIGNED NULL,
  proof_id         BIGINT UNSIGNED NULL,
  recorded_by      INT UNSIGNED NOT NULL,
  recorded_at      DATETIME NOT NULL,
  paid_at          DATETIME NULL,
  KEY k_ledger_agreement (agreement_id, kind),
  UNIQUE KEY uk_ledger_disbursement (disbursement_id),
  KEY k_ledger_day (on_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A disbursement: money or goods of one agreement used for an event.
CREATE TABLE disbursement_requests (
  request_id    BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  agreement_id  BIGINT UNSIGNED NOT NULL,
  kind          ENUM('money', 'goods') NOT NULL,
  amount_fen    BIGINT NOT NULL,
  qty           INT UNSIGNED NOT NULL DEFAULT 0,
  purpose       VARCHAR(500) NOT NULL,
  KEY k_disbursement_agreement (agreement_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO request_kinds (type, code, name_zh, name_en) VALUES
  ('disbursement', 'money', '资金', 'Money'),
  ('disbursement', 'goods', '物品', 'Goods');

-- A visit to a merchant (SP-02, SP-03): planned by two or more, approved
-- by the head or a deputy head; afterwards what the merchant asked for and
-- what was discussed, for the head and the year-end count.
CREATE TABLE visit_requests (
  request_id   BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  merchant_id  INT UNSIGNED NOT NULL,
  purpose      VARCHAR(500) NOT NULL DEFAULT '',
  visit_on     DATE NULL,
  asked        VARCHAR(1000) NOT NULL DEFAULT '',
  discussed    VARCHAR(1000) NOT NULL DEFAULT '',
  reported_at  DATETIME NULL,
  KEY k_visit_merchant (merchant_id),
  KEY k_visit_day (visit_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who goes: the planner and every colleague named, each once.
CREATE TABLE visit_people (
  request_id  BIGINT UNSIGNED NOT NULL,
  user_id     INT UNSIGNED NOT NULL,
  PRIMARY KEY (request_id, user_id),
  KEY k_visit_people_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
