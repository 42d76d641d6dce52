/* mailer_sql.h - the statements of the mail delivery worker (db/stmt.h). */
#ifndef LIAISON_MAILER_SQL_H
#define LIAISON_MAILER_SQL_H

#include "db/stmt.h"

/* delivery: claims see committed rows only and take no gap locks, so they
 * never hold up a decision transaction inserting a new row */
DB_WRITES(ST_OUTBOX_READ_COMMITTED);
#define OUTBOX_PICK_COLS(C, R) C(R, id, INT) C(R, attempts, INT) C(R, to_addr, STR) C(R, to_name, STR) \
	C(R, subject, OPT) C(R, body_text, OPT) C(R, body_html, OPT) C(R, notice, STR) C(R, request_id, INT) \
	C(R, lang, STR) C(R, link, STR) C(R, state, STR) C(R, delivery_began, INT) C(R, created, INT)
DB_READS(ST_OUTBOX_PICK, outbox_pick, OUTBOX_PICK_COLS);
DB_WRITES(ST_OUTBOX_CLAIM);
/* "sending" recorded for this claim just before delivery (sql/025) */
DB_WRITES(ST_OUTBOX_BEGIN);
/* start-up: claims whose mailer on this host has died are due again now */
#define OUTBOX_OPEN_CLAIM_COLS(C, R) C(R, id, INT) C(R, claimed_by, STR)
DB_READS(ST_OUTBOX_OPEN_CLAIMS, outbox_open_claim, OUTBOX_OPEN_CLAIM_COLS);
DB_WRITES(ST_OUTBOX_RELEASE);
DB_WRITES(ST_OUTBOX_SENT);
DB_WRITES(ST_OUTBOX_SENT_FORGET);
DB_WRITES(ST_OUTBOX_FAILED);
/* what a notice's mail says of its request */
#define MAIL_FACTS_COLS(C, R) C(R, number, STR) C(R, title, STR) C(R, kind_zh, STR) C(R, kind_en, STR)
DB_READS(ST_MAIL_FACTS, mail_facts_row, MAIL_FACTS_COLS);

#endif
