-- Known devices of the login throttle (app/auth/device.h, throttle.h): a
-- browser that logged in as an account carries a signed cookie naming one
-- of these ids, and is spared that account's and its address's lockouts
-- until it has failed fail_count >= 5 times itself.
CREATE TABLE login_devices (
  id          CHAR(32) NOT NULL PRIMARY KEY,
  login       VARCHAR(64) NOT NULL,
  fail_count  INT UNSIGNED NOT NULL DEFAULT 0,
  created_at  DATETIME NOT NULL,
  last_ok     DATETIME NOT NULL,
  KEY k_ld_last_ok (last_ok)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
