/* audit_sql.h - the statements of the audit chain (db/stmt.h). */
#ifndef LIAISON_AUDIT_SQL_H
#define LIAISON_AUDIT_SQL_H

#include "db/stmt.h"

/* the chain's head: the last row's id and hash, the key the chain is under */
#define AUDIT_HEAD_COLS(C, R) C(R, last_id, INT) C(R, last_hash, STR) C(R, key_id, INT)
DB_ROW(audit_head, AUDIT_HEAD_COLS)
DB_READS_ROW(ST_AUDIT_HEAD_LOCK, audit_head);
DB_READS_ROW(ST_AUDIT_HEAD_GET, audit_head);
DB_WRITES(ST_AUDIT_HEAD_SET);
/* 1 to 8 rows */
DB_WRITES(ST_AUDIT_INSERT_1); DB_WRITES(ST_AUDIT_INSERT_2); DB_WRITES(ST_AUDIT_INSERT_3); DB_WRITES(ST_AUDIT_INSERT_4);
DB_WRITES(ST_AUDIT_INSERT_5); DB_WRITES(ST_AUDIT_INSERT_6); DB_WRITES(ST_AUDIT_INSERT_7); DB_WRITES(ST_AUDIT_INSERT_8);
/* rows as text, exactly as they were hashed (NULL ids as "") */
#define AUDIT_CHAIN_COLS(C, R) C(R, id, STR) C(R, at, STR) C(R, actor, STR) C(R, action, STR) C(R, otype, STR) \
	C(R, oid, STR) C(R, detail, STR) C(R, ip, STR) C(R, via, STR) C(R, prev_hash, STR) C(R, hash, STR)
DB_READS(ST_AUDIT_CHAIN, audit_chain, AUDIT_CHAIN_COLS);

/* one row's stored hash, for the anchors */
#define AUDIT_HASH_COLS(C, R) C(R, hash, STR)
DB_READS(ST_AUDIT_HASH_AT, audit_hash, AUDIT_HASH_COLS);

/* an anchor's mail to an auditor, queued with its bodies written */
DB_WRITES(ST_AUDIT_ANCHOR_MAIL);

#endif
