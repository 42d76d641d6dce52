/* sql_links.h - attachments, approval links, copies and the scheduler's statements, as X(id, writes, sql). */
#ifndef LIAISON_SQL_LINKS_H
#define LIAISON_SQL_LINKS_H

#define SQL_LINKS(X) \
	/* attachments */ \
	X(ST_ATT_INSERT, 1, "INSERT INTO attachments (request_id, label, filename, kind, size, sha256, stored_name," \
	    " is_sensitive, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FROM_UNIXTIME(?))") \
	X(ST_ATT_GET, 0, "SELECT id, request_id, label, filename, kind, size, sha256, stored_name, is_sensitive" \
	    " FROM attachments WHERE id = ?") \
	X(ST_ATT_OF_REQ, 0, "SELECT id, label, filename, kind, size, UNIX_TIMESTAMP(uploaded_at) FROM attachments" \
	    " WHERE request_id = ? ORDER BY id") \
	X(ST_ATT_COUNT, 0, "SELECT COUNT(*) FROM attachments WHERE request_id = ? AND label = ?") \
	/* approval links */ \
	X(ST_LINK_INSERT, 1, "INSERT INTO approval_links (token_hash, request_id, step_id, user_id, version, created_at," \
	    " expires_at) VALUES (?, ?, ?, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?))") \
	X(ST_LINK_GET, 0, "SELECT l.request_id, l.step_id, l.user_id, l.version, UNIX_TIMESTAMP(l.expires_at)," \
	    " l.used_at IS NOT NULL, s.state, r.version, r.state," \
	    " (SELECT COUNT(*) FROM step_assignees a WHERE a.step_id = l.step_id AND a.state = 'pending'" \
	    "   AND (a.user_id = l.user_id OR a.acting_for = l.user_id))" \
	    " FROM approval_links l JOIN request_steps s ON s.id = l.step_id JOIN requests r ON r.id = l.request_id" \
	    " WHERE l.token_hash = ?") \
	X(ST_LINK_USE, 1, "UPDATE approval_links SET used_at = FROM_UNIXTIME(?) WHERE token_hash = ? AND used_at IS NULL") \
	X(ST_LINK_REBIND_REQ, 1, "UPDATE approval_links l JOIN requests r ON r.id = l.request_id SET l.version = r.version" \
	    " WHERE l.request_id = ? AND l.used_at IS NULL") \
	X(ST_LINK_PURGE, 1, "DELETE FROM approval_links WHERE expires_at < FROM_UNIXTIME(?)") \
	/* copies (抄送) */ \
	X(ST_CC_ADD, 1, "INSERT IGNORE INTO request_cc (request_id, user_id, created_at) VALUES (?, ?, FROM_UNIXTIME(?))") \
	X(ST_CC_IS, 0, "SELECT COUNT(*) FROM request_cc WHERE request_id = ? AND user_id = ?") \
	/* delegation */ \
	X(ST_DELEG_LIST, 0, "SELECT d.id, u.display_name, DATE_FORMAT(d.from_day, '%Y-%m-%d'), DATE_FORMAT(d.to_day, '%Y-%m-%d')" \
	    " FROM delegations d JOIN users u ON u.id = d.deputy_id WHERE d.user_id = ? ORDER BY d.from_day DESC, d.id DESC" \
	    " LIMIT 50") \
	X(ST_DELEG_ADD, 1, "INSERT INTO delegations (user_id, deputy_id, from_day, to_day, created_at)" \
	    " VALUES (?, ?, ?, ?, FROM_UNIXTIME(?))") \
	X(ST_DELEG_END, 1, "DELETE FROM delegations WHERE id = ? AND user_id = ?") \
	/* in-app notifications */ \
	X(ST_NOTE_LIST, 0, "SELECT n.id, n.request_id, n.kind, n.text, UNIX_TIMESTAMP(n.created_at), n.read_at IS NULL" \
	    " FROM notifications n WHERE n.user_id = ? ORDER BY n.id DESC LIMIT ? OFFSET ?") \
	X(ST_NOTE_COUNT, 0, "SELECT COUNT(*) FROM notifications WHERE user_id = ?") \
	X(ST_NOTE_OPEN, 1, "UPDATE notifications SET read_at = FROM_UNIXTIME(?) WHERE id = ? AND user_id = ? AND read_at IS NULL") \
	X(ST_NOTE_TARGET, 0, "SELECT request_id FROM notifications WHERE id = ? AND user_id = ?") \
	X(ST_NOTE_READ_ALL, 1, "UPDATE notifications SET read_at = FROM_UNIXTIME(?) WHERE user_id = ? AND read_at IS NULL") \
	/* scheduler */ \
	X(ST_SCHED_WAITING, 0, "SELECT a.id, a.request_id, a.step_id, a.user_id, UNIX_TIMESTAMP(a.activated_at)," \
	    " a.reminded_at IS NOT NULL, a.escalated_at IS NOT NULL FROM step_assignees a FORCE INDEX (k_assignees_due)" \
	    " WHERE a.state = 'pending' AND a.escalated_at IS NULL AND a.id > ?" \
	    " AND a.activated_at < FROM_UNIXTIME(?) ORDER BY a.id LIMIT 200") \
	X(ST_SCHED_REMINDED, 1, "UPDATE step_assignees SET reminded_at = FROM_UNIXTIME(?) WHERE id = ? AND reminded_at IS NULL AND state = 'pending'") \
	X(ST_SCHED_ESCALATED, 1, "UPDATE step_assignees SET escalated_at = FROM_UNIXTIME(?) WHERE id = ? AND escalated_at IS NULL AND state = 'pending'") \
	X(ST_SCHED_EXPIRING, 0, "SELECT id FROM requests WHERE state = 'approved' AND expires_at < FROM_UNIXTIME(?)" \
	    " ORDER BY id LIMIT 100") \
	X(ST_SCHED_SESSIONS, 1, "DELETE FROM sessions WHERE last_seen < FROM_UNIXTIME(?) OR created_at < FROM_UNIXTIME(?)") \
	X(ST_STEP_KIND, 0, "SELECT kind FROM request_steps WHERE id = ?") \
	X(ST_REQ_SET_EXPIRY, 1, "UPDATE requests SET expires_at = FROM_UNIXTIME(?) WHERE id = ?")

#endif
