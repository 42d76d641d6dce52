/* sql_mailer.h - statements of the outbox and its delivery worker, as X(id, writes, sql). */
#ifndef LIAISON_SQL_MAILER_H
#define LIAISON_SQL_MAILER_H

#define SQL_MAILER(X) \
	/* enqueue (inside the caller's transaction) */ \
	X(ST_OUTBOX_USER, 0, "SELECT email, display_name, active, lang FROM users WHERE id = ?") \
	X(ST_OUTBOX_INSERT, 1, "INSERT INTO outbox (user_id, to_addr, to_name, subject, body_text, body_html, link," \
	    " state, next_try, last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FROM_UNIXTIME(?), ?, FROM_UNIXTIME(?))") \
	/* delivery: claims see committed rows only and take no gap locks, so \
	 * they never hold up a decision transaction inserting a new row */ \
	X(ST_OUTBOX_READ_COMMITTED, 0, "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED") \
	X(ST_OUTBOX_PICK, 1, "SELECT id, attempts, to_addr, to_name, subject, body_text, body_html FROM outbox" \
	    " WHERE next_try <= FROM_UNIXTIME(?) AND state IN ('queued', 'sending')" \
	    " ORDER BY next_try, id LIMIT 1 FOR UPDATE SKIP LOCKED") \
	X(ST_OUTBOX_CLAIM, 1, "UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_at = FROM_UNIXTIME(?)," \
	    " claimed_by = ?, next_try = FROM_UNIXTIME(?) WHERE id = ?") \
	X(ST_OUTBOX_SENT, 1, "UPDATE outbox SET state = 'sent', sent_at = FROM_UNIXTIME(?), next_try = NULL, last_error = ''" \
	    " WHERE id = ? AND state = 'sending' AND claimed_by = ? AND attempts = ?") \
	X(ST_OUTBOX_SENT_FORGET, 1, "UPDATE outbox SET state = 'sent', sent_at = FROM_UNIXTIME(?), next_try = NULL," \
	    " last_error = '', body_text = '', body_html = NULL, link = ''" \
	    " WHERE id = ? AND state = 'sending' AND claimed_by = ? AND attempts = ?") \
	X(ST_OUTBOX_FAILED, 1, "UPDATE outbox SET state = ?, next_try = FROM_UNIXTIME(?), last_error = ?" \
	    " WHERE id = ? AND state = 'sending' AND claimed_by = ? AND attempts = ?") \
	/* the admin's view */ \
	X(ST_OUTBOX_COUNT, 0, "SELECT COUNT(*) FROM outbox WHERE (? = '' OR state = ?)") \
	X(ST_OUTBOX_LIST, 0, "SELECT id, UNIX_TIMESTAMP(created_at), to_name, to_addr, subject, state, attempts," \
	    " UNIX_TIMESTAMP(next_try), last_error, UNIX_TIMESTAMP(sent_at), link, LEFT(body_text, 4000)" \
	    " FROM outbox WHERE (? = '' OR state = ?) ORDER BY id DESC LIMIT ? OFFSET ?") \
	X(ST_OUTBOX_STATES, 0, "SELECT state, COUNT(*) FROM outbox GROUP BY state ORDER BY state")

#endif
