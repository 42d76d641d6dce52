/* sql_audit.h - statements of the audit area, as X(id, writes, sql). */
#ifndef LIAISON_SQL_AUDIT_H
#define LIAISON_SQL_AUDIT_H

#define SQL_AUDIT(X) \
	/* audit */ \
	X(ST_AUDIT_HEAD_LOCK, 1, "SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE") \
	X(ST_AUDIT_HEAD_SET, 1, "UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1") \
	X(ST_AUDIT_INSERT, 1, "INSERT INTO audit (id, at, actor_id, action, object_type, object_id, detail, ip, via," \
	    " prev_hash, hash) VALUES (?, FROM_UNIXTIME(?), ?, ?, ?, ?, ?, ?, ?, ?, ?)") \
	X(ST_AUDIT_CHAIN, 0, "SELECT id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), actor_id, action, object_type, object_id," \
	    " detail, ip, via, prev_hash, hash FROM audit WHERE id > ? ORDER BY id LIMIT ?") \
	X(ST_AUDIT_HEAD_GET, 0, "SELECT last_id, last_hash FROM audit_head WHERE id = 1")

#endif
