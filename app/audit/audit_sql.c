/* audit_sql.c - the SQL of the audit chain.
 * Times cross the boundary as UTC epoch seconds (FROM_UNIXTIME /
 * UNIX_TIMESTAMP; the connection runs at +00:00). */
#include "audit/audit_sql.h"

#include <stddef.h>

DB_DEFINE_READS(ST_AUDIT_HEAD_LOCK, 1, audit_head, AUDIT_HEAD_COLS,
	"SELECT last_id, last_hash, key_id FROM audit_head WHERE id = 1 FOR UPDATE");
DB_DEFINE(ST_AUDIT_HEAD_SET, 1,
	"UPDATE audit_head SET last_id = ?, last_hash = ?, key_id = ? WHERE id = 1");
#define AUDIT_INSERT "INSERT INTO audit (id, at, actor_id, action, object_type, object_id, detail, ip, via," \
	" prev_hash, hash) VALUES (?, FROM_UNIXTIME(?), ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#define AUDIT_ROW ", (?, FROM_UNIXTIME(?), ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#define AUDIT_ROWS2 AUDIT_ROW AUDIT_ROW
#define AUDIT_ROWS4 AUDIT_ROWS2 AUDIT_ROWS2
/* a transaction's rows, one to eight a statement */
DB_DEFINE(ST_AUDIT_INSERT_1, 1, AUDIT_INSERT);
DB_DEFINE(ST_AUDIT_INSERT_2, 1, AUDIT_INSERT AUDIT_ROW);
DB_DEFINE(ST_AUDIT_INSERT_3, 1, AUDIT_INSERT AUDIT_ROWS2);
DB_DEFINE(ST_AUDIT_INSERT_4, 1, AUDIT_INSERT AUDIT_ROWS2 AUDIT_ROW);
DB_DEFINE(ST_AUDIT_INSERT_5, 1, AUDIT_INSERT AUDIT_ROWS4);
DB_DEFINE(ST_AUDIT_INSERT_6, 1, AUDIT_INSERT AUDIT_ROWS4 AUDIT_ROW);
DB_DEFINE(ST_AUDIT_INSERT_7, 1, AUDIT_INSERT AUDIT_ROWS4 AUDIT_ROWS2);
DB_DEFINE(ST_AUDIT_INSERT_8, 1, AUDIT_INSERT AUDIT_ROWS4 AUDIT_ROWS2 AUDIT_ROW);
DB_DEFINE_READS(ST_AUDIT_CHAIN, 0, audit_chain, AUDIT_CHAIN_COLS,
	"SELECT id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), actor_id, action, object_type, object_id,"
	" detail, ip, via, prev_hash, hash FROM audit WHERE id > ? ORDER BY id LIMIT ?");
DB_DEFINE_READS(ST_AUDIT_HEAD_GET, 0, audit_head, AUDIT_HEAD_COLS,
	"SELECT last_id, last_hash, key_id FROM audit_head WHERE id = 1");
DB_DEFINE_READS(ST_AUDIT_HASH_AT, 0, audit_hash, AUDIT_HASH_COLS,
	"SELECT hash FROM audit WHERE id = ?");
DB_DEFINE(ST_AUDIT_ANCHOR_MAIL, 1,
	"INSERT INTO outbox (to_addr, to_name, subject, body_text, state, next_try, created_at)"
	" VALUES (?, '', ?, ?, 'queued', FROM_UNIXTIME(?), FROM_UNIXTIME(?))");
