-- Reception bookings by class (RC-01..RC-07): the booking's own row, the
-- rooms and cars it may hold, its holds on them, and the gift register.

-- Rooms and vehicles (RC-05).  name: a room's name or a car's plate;
-- driver only for cars.  A booking locks its resource's row (FOR UPDATE)
-- before it checks the holds, so two bookings never race past each other.
CREATE TABLE reception_resources (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind        VARCHAR(4) NOT NULL,
  name        VARCHAR(40) NOT NULL,
  seats       INT UNSIGNED NOT NULL,
  driver      VARCHAR(20) NOT NULL DEFAULT '',
  active      TINYINT NOT NULL DEFAULT 1,
  created_at  DATETIME NOT NULL,
  UNIQUE KEY u_resource (kind, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The booking (接待申请) and what its task steps recorded: the general
-- office's coordination and summary (RC-04), the host's actual costs
-- (host_fen, with how many receipts) and finance's settlement (RC-07).
-- Times UTC; money fen.
CREATE TABLE reception_requests (
  request_id        BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  class             CHAR(1) NOT NULL,
  guest_org         VARCHAR(100) NOT NULL,
  guest_names       VARCHAR(200) NOT NULL DEFAULT '',
  guest_count       INT UNSIGNED NOT NULL DEFAULT 0,
  foreign_guests    TINYINT NOT NULL DEFAULT 0,
  leader_title      VARCHAR(60) NOT NULL DEFAULT '',
  responsible       VARCHAR(40) NOT NULL DEFAULT '',
  arrive_at         DATETIME NULL,
  depart_at         DATETIME NULL,
  purpose           VARCHAR(500) NOT NULL DEFAULT '',
  room_id           BIGINT UNSIGNED NOT NULL DEFAULT 0,
  car_id            BIGINT UNSIGNED NOT NULL DEFAULT 0,
  meals             INT UNSIGNED NOT NULL DEFAULT 0,
  meal_std_fen      BIGINT NOT NULL DEFAULT 0,
  visit_route       VARCHAR(200) NOT NULL DEFAULT '',
  gifts_plan        VARCHAR(200) NOT NULL DEFAULT '',
  est_fen           BIGINT NOT NULL DEFAULT 0,
  tell              VARCHAR(200) NOT NULL DEFAULT '',
  meeting_on        DATE NULL,
  meeting_who       VARCHAR(200) NOT NULL DEFAULT '',
  meeting_decisions VARCHAR(1000) NOT NULL DEFAULT '',
  chk_cleaning      VARCHAR(60) NOT NULL DEFAULT '',
  chk_flowers       VARCHAR(60) NOT NULL DEFAULT '',
  chk_purchases     VARCHAR(60) NOT NULL DEFAULT '',
  chk_security      VARCHAR(60) NOT NULL DEFAULT '',
  chk_cars          VARCHAR(60) NOT NULL DEFAULT '',
  chk_route         VARCHAR(60) NOT NULL DEFAULT '',
  host_fen          BIGINT NULL,
  host_receipts     INT UNSIGNED NOT NULL DEFAULT 0,
  actual_fen        BIGINT NULL,
  receipts          INT UNSIGNED NOT NULL DEFAULT 0,
  settled_at        DATETIME NULL,
  summary           VARCHAR(2000) NOT NULL DEFAULT '',
  KEY k_reception_arrive (arrive_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A booking's hold on a room or car over [from_at, to_at): tentative from
-- submission, firm once approved; deleted when the booking is rejected,
-- returned, withdrawn, cancelled or expires.
CREATE TABLE reception_holds (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id   BIGINT UNSIGNED NOT NULL,
  resource_id  BIGINT UNSIGNED NOT NULL,
  from_at      DATETIME NOT NULL,
  to_at        DATETIME NOT NULL,
  firm         TINYINT NOT NULL DEFAULT 0,
  KEY k_hold_resource (resource_id, from_at),
  KEY k_hold_request (request_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Gifts received from guests and given to them (RC-06).
CREATE TABLE reception_gifts (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id  BIGINT UNSIGNED NOT NULL,
  direction   VARCHAR(8) NOT NULL,
  what        VARCHAR(100) NOT NULL,
  party       VARCHAR(100) NOT NULL,
  value_fen   BIGINT NOT NULL DEFAULT 0,
  handling    VARCHAR(200) NOT NULL DEFAULT '',
  by_user     INT UNSIGNED NOT NULL,
  created_at  DATETIME NOT NULL,
  KEY k_gift_request (request_id),
  KEY k_gift_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
