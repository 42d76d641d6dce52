/* mailer_sql.c - the SQL of the mail delivery worker.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "mailer/mailer_sql.h"

#include <stddef.h>

/* delivery: claims see committed rows only and take no gap locks, so they
 * never hold up a decision transaction inserting a new row */
DB_DEFINE(ST_OUTBOX_READ_COMMITTED, 0,
	"SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
DB_DEFINE_READS(ST_OUTBOX_PICK, 1, outbox_pick, OUTBOX_PICK_COLS,
	"SELECT id, attempts, to_addr, to_name, subject, body_text, body_html, notice, COALESCE(request_id, 0), lang,"
	" link, state, delivery_began, UNIX_TIMESTAMP(created_at) FROM outbox"
	" WHERE next_try <= FROM_UNIXTIME(?) AND state IN ('queued', 'sending')"
	" ORDER BY next_try, id LIMIT 1 FOR UPDATE SKIP LOCKED");
DB_DEFINE(ST_OUTBOX_CLAIM, 1,
	"UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_at = FROM_UNIXTIME(?),"
	" claimed_by = ?, next_try = FROM_UNIXTIME(?) WHERE id = ?");
DB_DEFINE(ST_OUTBOX_BEGIN, 1,
	"UPDATE outbox SET delivery_began = attempts WHERE id = ? AND state = 'sending' AND claimed_by = ? AND attempts = ?");
DB_DEFINE_READS(ST_OUTBOX_OPEN_CLAIMS, 0, outbox_open_claim, OUTBOX_OPEN_CLAIM_COLS,
	"SELECT id, claimed_by FROM outbox WHERE state = 'sending' ORDER BY id LIMIT 1000");
DB_DEFINE(ST_OUTBOX_RELEASE, 1,
	"UPDATE outbox SET next_try = FROM_UNIXTIME(?) WHERE id = ? AND state = 'sending' AND claimed_by = ?");
DB_DEFINE(ST_OUTBOX_SENT, 1,
	"UPDATE outbox SET state = 'sent', sent_at = FROM_UNIXTIME(?), next_try = NULL, last_error = '',"
	" subject = ?, body_text = ?, body_html = ? WHERE id = ? AND state = 'sending' AND claimed_by = ? AND attempts = ?");
DB_DEFINE(ST_OUTBOX_SENT_FORGET, 1,
	"UPDATE outbox SET state = 'sent', sent_at = FROM_UNIXTIME(?), next_try = NULL, last_error = '',"
	" subject = ?, body_text = NULL, body_html = NULL, link = ''"
	" WHERE id = ? AND state = 'sending' AND claimed_by = ? AND attempts = ?");
DB_DEFINE(ST_OUTBOX_FAILED, 1,
	"UPDATE outbox SET state = ?, next_try = FROM_UNIXTIME(?), last_error = ?"
	" WHERE id = ? AND state = 'sending' AND claimed_by = ? AND attempts = ?");
DB_DEFINE_READS(ST_MAIL_FACTS, 0, mail_facts_row, MAIL_FACTS_COLS,
	"SELECT r.number, r.title, COALESCE(k.name_zh, ''), COALESCE(k.name_en, '') FROM requests r"
	" LEFT JOIN request_kinds k ON k.type = r.type AND k.code = r.kind WHERE r.id = ?");
