/* sql_engine.h - statements of the workflow engine, as X(id, writes, sql). */
#ifndef LIAISON_SQL_ENGINE_H
#define LIAISON_SQL_ENGINE_H

/* Filters of every list: type, state, created from/to (epoch; drafts have
 * no submission time), text. */
#define LIST_FILTERS " AND (? = '' OR r.type = ?) AND (? = '' OR r.state = ?)" \
	" AND r.created_at >= FROM_UNIXTIME(?) AND r.created_at < FROM_UNIXTIME(?)" \
	" AND (? = '' OR r.number LIKE ? OR r.title LIKE ?)"

#define SQL_ENGINE(X) \
	/* resolving who acts (AU-02) */ \
	X(ST_WHO_USER, 0, "SELECT id, superior_id, active, dept_id, roles, can_sign FROM users WHERE id = ?") \
	X(ST_WHO_DEPT_HEAD, 0, "SELECT head_id FROM departments WHERE id = ?") \
	X(ST_WHO_ROLE, 0, "SELECT id FROM users WHERE active = 1 AND (roles & ?) <> 0 ORDER BY id LIMIT 64") \
	X(ST_WHO_DEPT_ROLE, 0, "SELECT id FROM users WHERE active = 1 AND (roles & ?) <> 0 AND dept_id = ? ORDER BY id LIMIT 64") \
	X(ST_WHO_LOGIN, 0, "SELECT id FROM users WHERE login = ?") \
	X(ST_WHO_SIGNERS, 0, "SELECT id FROM users WHERE active = 1 AND can_sign = 1 ORDER BY id LIMIT 64") \
	X(ST_WHO_DEPUTY, 0, "SELECT d.deputy_id FROM delegations d JOIN users u ON u.id = d.deputy_id" \
	    " WHERE d.user_id = ? AND d.from_day <= ? AND d.to_day >= ? AND u.active = 1 ORDER BY d.id DESC LIMIT 1") \
	/* requests */ \
	X(ST_REQ_COUNTER, 1, "INSERT INTO request_counters (prefix, year, last) VALUES (?, ?, LAST_INSERT_ID(1))" \
	    " ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)") \
	X(ST_REQ_INSERT, 1, "INSERT INTO requests (number, type, title, requester_id, filed_by_id, dept_id, state, version," \
	    " round, route_hash, amount_fen, created_at, submitted_at, updated_at)" \
	    " VALUES (?, ?, ?, ?, ?, ?, 'in_approval', 1, 1, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?), FROM_UNIXTIME(?))") \
	X(ST_REQ_INSERT_DRAFT, 1, "INSERT INTO requests (number, type, title, requester_id, filed_by_id, dept_id, state," \
	    " version, round, route_hash, amount_fen, created_at, submitted_at, updated_at)" \
	    " VALUES (?, ?, ?, ?, ?, ?, 'draft', 1, 0, ?, ?, FROM_UNIXTIME(?), NULL, FROM_UNIXTIME(?))") \
	X(ST_REQ_DRAFT_UPDATE, 1, "UPDATE requests SET title = ?, amount_fen = ?, version = version + 1," \
	    " updated_at = FROM_UNIXTIME(?) WHERE id = ?") \
	X(ST_REQ_LOCK, 1, "SELECT id, number, type, title, requester_id, filed_by_id, dept_id, state, version, round" \
	    " FROM requests WHERE id = ? FOR UPDATE") \
	X(ST_REQ_GET, 0, "SELECT r.id, r.number, r.type, r.title, r.requester_id, r.filed_by_id, r.dept_id, r.state," \
	    " r.version, r.round, u.display_name, f.display_name, d.name, UNIX_TIMESTAMP(r.created_at)," \
	    " UNIX_TIMESTAMP(r.submitted_at), UNIX_TIMESTAMP(r.decided_at), r.amount_fen, d.head_id" \
	    " FROM requests r JOIN users u ON u.id = r.requester_id JOIN users f ON f.id = r.filed_by_id" \
	    " JOIN departments d ON d.id = r.dept_id WHERE r.id = ?") \
	X(ST_REQ_SET_STATE, 1, "UPDATE requests SET state = ?, version = version + 1, updated_at = FROM_UNIXTIME(?)," \
	    " decided_at = IF(? = 1, FROM_UNIXTIME(?), decided_at) WHERE id = ?") \
	X(ST_REQ_NEW_ROUND, 1, "UPDATE requests SET state = ?, round = round + 1, version = version + 1," \
	    " updated_at = FROM_UNIXTIME(?) WHERE id = ?") \
	X(ST_REQ_BUMP, 1, "UPDATE requests SET version = version + 1, updated_at = FROM_UNIXTIME(?) WHERE id = ?") \
	X(ST_REQ_RESUBMIT, 1, "UPDATE requests SET title = ?, amount_fen = ?, state = 'in_approval', version = version + 1," \
	    " round = round + 1, route_hash = ?, submitted_at = FROM_UNIXTIME(?), decided_at = NULL," \
	    " updated_at = FROM_UNIXTIME(?) WHERE id = ?") \
	/* links between requests */ \
	X(ST_LINK_TARGET, 0, "SELECT type, requester_id, state FROM requests WHERE id = ?") \
	X(ST_LINK_SAVE, 1, "REPLACE INTO request_links (from_id, to_id, kind) VALUES (?, ?, ?)") \
	X(ST_LINKS_OF, 0, "SELECT l.kind, r.id, r.number, r.type, r.state, 'to' FROM request_links l" \
	    " JOIN requests r ON r.id = l.to_id WHERE l.from_id = ? UNION ALL" \
	    " SELECT l.kind, r.id, r.number, r.type, r.state, 'from' FROM request_links l" \
	    " JOIN requests r ON r.id = l.from_id WHERE l.to_id = ? ORDER BY 2") \
	/* steps and assignees */ \
	X(ST_STEP_INSERT, 1, "INSERT INTO request_steps (request_id, round, seq, name, kind, who, state, needed," \
	    " state_after, add_signer) VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?)") \
	X(ST_STEP_NEXT, 1, "SELECT id, seq, name, kind, needed, state_after FROM request_steps" \
	    " WHERE request_id = ? AND round = ? AND state = 'waiting' ORDER BY seq LIMIT 1 FOR UPDATE") \
	X(ST_STEP_SET_STATE, 1, "UPDATE request_steps SET state = ?, activated_at = IF(? = 'pending', FROM_UNIXTIME(?)," \
	    " activated_at), decided_at = IF(? IN ('done', 'rejected', 'returned', 'skipped'), FROM_UNIXTIME(?), decided_at)" \
	    " WHERE id = ?") \
	X(ST_STEP_SHIFT, 1, "UPDATE request_steps SET seq = seq + 1 WHERE request_id = ? AND round = ? AND seq >= ?") \
	X(ST_STEP_REMAINING, 1, "SELECT COUNT(*), COALESCE(SUM(kind <> 'task'), 0) FROM request_steps" \
	    " WHERE request_id = ? AND round = ? AND state = 'waiting'") \
	/* the request page's route: every step with its people, one row per place */ \
	X(ST_ROUTE_OF_REQ, 0, "SELECT s.id, s.round, s.name, s.kind, s.state, s.add_signer, a.id, a.user_id," \
	    " u.display_name, p.display_name, a.state, UNIX_TIMESTAMP(a.decided_at), a.comment" \
	    " FROM request_steps s LEFT JOIN step_assignees a ON a.step_id = s.id LEFT JOIN users u ON u.id = a.user_id" \
	    " LEFT JOIN users p ON p.id = a.acting_for WHERE s.request_id = ? ORDER BY s.round, s.seq, a.id") \
	X(ST_ASG_INSERT, 1, "INSERT INTO step_assignees (step_id, request_id, user_id, acting_for, state, activated_at)" \
	    " VALUES (?, ?, ?, ?, ?, IF(? = 'pending', FROM_UNIXTIME(?), NULL))") \
	X(ST_ASG_OF_STEP, 1, "SELECT id, user_id, acting_for, state FROM step_assignees WHERE step_id = ? ORDER BY id FOR UPDATE") \
	X(ST_ASG_SET, 1, "UPDATE step_assignees SET state = ?, user_id = ?, acting_for = ?," \
	    " activated_at = IF(? = 'pending', FROM_UNIXTIME(?), activated_at) WHERE id = ?") \
	X(ST_ASG_DECIDE, 1, "UPDATE step_assignees SET state = ?, decided_at = FROM_UNIXTIME(?), comment = ?, via = ?" \
	    " WHERE id = ?") \
	X(ST_ASG_CLOSE_STEP, 1, "UPDATE step_assignees SET state = ? WHERE step_id = ? AND state IN ('pending', 'waiting')") \
	X(ST_ASG_CLOSE_REQ, 1, "UPDATE step_assignees SET state = 'cancelled' WHERE request_id = ? AND state IN ('pending', 'waiting')") \
	X(ST_STEPS_CLOSE_REQ, 1, "UPDATE request_steps SET state = 'cancelled' WHERE request_id = ? AND state IN ('pending', 'waiting')") \
	X(ST_ASG_MINE, 1, "SELECT a.id, a.step_id, s.kind, s.needed, s.name, a.acting_for, s.add_signer, s.seq" \
	    " FROM step_assignees a JOIN request_steps s ON s.id = a.step_id" \
	    " WHERE a.request_id = ? AND a.user_id = ? AND a.state = 'pending' AND s.state = 'pending' AND s.round = ?" \
	    " ORDER BY a.id LIMIT 1") \
	X(ST_ASG_PRIOR_SINGLE, 1, "SELECT COUNT(*) FROM step_assignees a JOIN request_steps s ON s.id = a.step_id" \
	    " WHERE a.request_id = ? AND s.round = ? AND s.kind = 'single' AND a.state = 'approved' AND a.user_id = ?") \
	X(ST_ASG_APPROVALS, 1, "SELECT a.user_id, COALESCE(a.acting_for, a.user_id) FROM step_assignees a" \
	    " WHERE a.step_id = ? AND a.state = 'approved'") \
	X(ST_ASG_IS_ON, 0, "SELECT COUNT(*) FROM step_assignees WHERE request_id = ? AND user_id = ?") \
	X(ST_ASG_HANDOVER_USER, 1, "UPDATE step_assignees a JOIN requests r ON r.id = a.request_id" \
	    " SET a.user_id = ?, a.acting_for = NULL WHERE a.user_id = ? AND a.state IN ('pending', 'waiting')" \
	    " AND r.requester_id <> ? AND r.filed_by_id <> ?") \
	/* lists: each filtered by type, state, submission date and text */ \
	X(ST_LIST_INBOX, 0, "SELECT r.id, r.number, r.type, r.title, r.state, u.display_name, UNIX_TIMESTAMP(a.activated_at)," \
	    " s.name, s.kind, r.version FROM step_assignees a JOIN requests r ON r.id = a.request_id" \
	    " JOIN request_steps s ON s.id = a.step_id JOIN users u ON u.id = r.requester_id" \
	    " WHERE a.user_id = ? AND a.state = 'pending'" LIST_FILTERS " ORDER BY a.id DESC LIMIT ? OFFSET ?") \
	X(ST_LIST_DONE, 0, "SELECT r.id, r.number, r.type, r.title, r.state, u.display_name, UNIX_TIMESTAMP(a.decided_at)," \
	    " a.state, '', r.version FROM step_assignees a JOIN requests r ON r.id = a.request_id" \
	    " JOIN users u ON u.id = r.requester_id WHERE a.user_id = ? AND a.decided_at IS NOT NULL" \
	    " AND a.state IN ('approved', 'rejected', 'returned', 'done', 'handed_over')" LIST_FILTERS \
	    " ORDER BY a.decided_at DESC, a.id DESC LIMIT ? OFFSET ?") \
	X(ST_LIST_MINE, 0, "SELECT r.id, r.number, r.type, r.title, r.state, u.display_name, UNIX_TIMESTAMP(r.updated_at)," \
	    " '', '', r.version FROM requests r JOIN users u ON u.id = r.requester_id" \
	    " WHERE r.requester_id = ?" LIST_FILTERS " ORDER BY r.id DESC LIMIT ? OFFSET ?") \
	X(ST_LIST_CC, 0, "SELECT r.id, r.number, r.type, r.title, r.state, u.display_name, UNIX_TIMESTAMP(c.created_at)," \
	    " '', '', r.version FROM request_cc c JOIN requests r ON r.id = c.request_id" \
	    " JOIN users u ON u.id = r.requester_id WHERE c.user_id = ?" LIST_FILTERS \
	    " ORDER BY c.request_id DESC LIMIT ? OFFSET ?") \
	X(ST_INBOX_COUNT, 0, "SELECT COUNT(*) FROM step_assignees WHERE user_id = ? AND state = 'pending'") \
	/* timeline: the request's audit rows */ \
	X(ST_TIMELINE, 0, "SELECT UNIX_TIMESTAMP(a.at), u.display_name, a.action, a.detail, a.via FROM audit a" \
	    " LEFT JOIN users u ON u.id = a.actor_id WHERE a.object_type = 'request' AND a.object_id = ? ORDER BY a.id") \
	/* notifications */ \
	X(ST_NOTE_INSERT, 1, "INSERT INTO notifications (user_id, request_id, kind, text, created_at)" \
	    " VALUES (?, ?, ?, ?, FROM_UNIXTIME(?))") \
	/* calendar */ \
	X(ST_CAL_DAYS, 0, "SELECT DATEDIFF(day, '1970-01-01'), kind FROM calendar_days ORDER BY day") \
	/* office supplies (OS-01) */ \
	X(ST_SUPPLIES_SAVE, 1, "REPLACE INTO supplies_requests (request_id, items, quantity, purpose, handed_out)" \
	    " VALUES (?, ?, ?, ?, '')") \
	X(ST_SUPPLIES_GET, 0, "SELECT items, quantity, purpose, handed_out FROM supplies_requests WHERE request_id = ?") \
	X(ST_SUPPLIES_HANDOUT, 1, "UPDATE supplies_requests SET handed_out = ? WHERE request_id = ?")

#endif
