-- 028-links-on-mail.sql - an approval link rides on the mail that carries
-- it (#17).
--
-- Every link was made for one mail, and both rows were written by the same
-- transaction: two INSERTs per decision where one will do.  The outbox row
-- now keeps the link's life: the token's SHA-256, its step, the request's
-- version it is bound to, when it expires and when it was used.  The mail's
-- own user_id and request_id are the link's.  Each approval_links row is
-- copied onto its mail: the step_waiting mail to the same person about the
-- same request from the same transaction (the same created_at).  A mail's
-- path cannot say which, since a sent mail's path is cleared; where one
-- transaction sent one person two such mails, they pair in order, and both
-- links are that person's on the same step.

ALTER TABLE outbox
  ADD COLUMN link_hash CHAR(64) CHARACTER SET ascii NULL,
  ADD COLUMN step_id BIGINT UNSIGNED NULL,
  ADD COLUMN link_version INT UNSIGNED NULL,
  ADD COLUMN link_expires DATETIME NULL,
  ADD COLUMN link_used_at DATETIME NULL,
  ADD UNIQUE KEY k_outbox_link (link_hash),
  ADD KEY k_outbox_request (request_id),
  ADD KEY k_outbox_link_expiry (link_expires);

UPDATE outbox o
  JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY request_id, user_id, created_at ORDER BY id) AS k
        FROM outbox WHERE notice IN ('step_waiting', 'step_waiting_deputy')) m ON m.id = o.id
  JOIN (SELECT token_hash, request_id, step_id, user_id, version, created_at, expires_at, used_at,
          ROW_NUMBER() OVER (PARTITION BY request_id, user_id, created_at ORDER BY token_hash) AS k
        FROM approval_links) l
    ON l.request_id = o.request_id AND l.user_id = o.user_id AND l.created_at = o.created_at AND l.k = m.k
  SET o.link_hash = l.token_hash, o.step_id = l.step_id, o.link_version = l.version,
      o.link_expires = l.expires_at, o.link_used_at = l.used_at;

-- approval_links itself stays, unread and unwritten by Liaison: the PHP
-- yardstick in ../shared/peer (outside the product, never changed to win)
-- still runs the SQL of before #17, which writes it.
