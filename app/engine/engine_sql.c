/*
 * engine_sql.c - the SQL of the workflow engine.  Times cross the boundary
 * as UTC epoch seconds (FROM_UNIXTIME / UNIX_TIMESTAMP; the connection runs
 * at +00:00).
 */
#include "engine/engine_sql.h"

#include <stddef.h>

/* Filters of every list: type, state, created from/to (epoch; drafts have
 * no submission time), text. */
#define LIST_FILTERS " AND (? = '' OR r.type = ?) AND (? = '' OR r.state = ?)" \
	" AND r.created_at >= FROM_UNIXTIME(?) AND r.created_at < FROM_UNIXTIME(?)" \
	" AND (? = '' OR r.number LIKE ? OR r.title LIKE ?)"


/* resolving who acts (AU-02) */
DB_DEFINE_READS(ST_WHO_USER, 0, who_user, WHO_USER_COLS,
	"SELECT id, superior_id, active, dept_id, roles, can_sign FROM users WHERE id = ?");
DB_DEFINE_READS(ST_WHO_DEPT_HEAD, 0, who_dept_head, WHO_DEPT_HEAD_COLS,
	"SELECT head_id FROM departments WHERE id = ?");
DB_DEFINE_READS(ST_WHO_ROLE, 0, user_id_row, USER_ID_COLS,
	"SELECT id FROM users WHERE active = 1 AND (roles & ?) <> 0 ORDER BY id LIMIT 64");
DB_DEFINE_READS(ST_WHO_DEPT_ROLE, 0, user_id_row, USER_ID_COLS,
	"SELECT id FROM users WHERE active = 1 AND (roles & ?) <> 0 AND dept_id = ? ORDER BY id LIMIT 64");
DB_DEFINE_READS(ST_WHO_LOGIN, 0, user_id_row, USER_ID_COLS,
	"SELECT id FROM users WHERE login = ?");
DB_DEFINE_READS(ST_WHO_SIGNERS, 0, user_id_row, USER_ID_COLS,
	"SELECT id FROM users WHERE active = 1 AND can_sign = 1 ORDER BY id LIMIT 64");
DB_DEFINE_READS(ST_WHO_HEADS, 0, user_id_row, USER_ID_COLS,
	"SELECT DISTINCT d.head_id FROM departments d JOIN users u ON u.id = d.head_id WHERE u.active = 1"
	" ORDER BY d.head_id LIMIT 64");
DB_DEFINE_READS(ST_WHO_DEPUTY, 0, who_deputy, WHO_DEPUTY_COLS,
	"SELECT d.deputy_id FROM delegations d JOIN users u ON u.id = d.deputy_id"
	" WHERE d.user_id = ? AND d.from_day <= ? AND d.to_day >= ? AND u.active = 1 ORDER BY d.id DESC LIMIT 1");
/* requests */
DB_DEFINE(ST_REQ_COUNTER, 1,
	"INSERT INTO request_counters (prefix, year, last) VALUES (?, ?, LAST_INSERT_ID(1))"
	" ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)");
DB_DEFINE(ST_REQ_INSERT, 1,
	"INSERT INTO requests (number, type, kind, title, requester_id, filed_by_id, dept_id, state, version,"
	" round, route_hash, amount_fen, created_at, submitted_at, updated_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, 'in_approval', 1, 1, ?, ?, FROM_UNIXTIME(?), FROM_UNIXTIME(?), FROM_UNIXTIME(?))");
DB_DEFINE(ST_REQ_INSERT_DRAFT, 1,
	"INSERT INTO requests (number, type, kind, title, requester_id, filed_by_id, dept_id, state,"
	" version, round, route_hash, amount_fen, created_at, submitted_at, updated_at)"
	" VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', 1, 0, ?, ?, FROM_UNIXTIME(?), NULL, FROM_UNIXTIME(?))");
DB_DEFINE(ST_REQ_DRAFT_UPDATE, 1,
	"UPDATE requests SET kind = ?, title = ?, amount_fen = ?, version = version + 1,"
	" updated_at = FROM_UNIXTIME(?) WHERE id = ?");
DB_DEFINE_READS(ST_REQ_LOCK, 1, req_lock, REQ_LOCK_COLS,
	"SELECT id, number, type, kind, title, requester_id, filed_by_id, dept_id, state, version, round"
	" FROM requests WHERE id = ? FOR UPDATE");
/* The request locked with the places a person (?) holds on its current
 * step (NULLs: none; the engine takes the first), and the approvals that
 * step has so far.  The request is found by its key, so it is read, and
 * locked, first.  (An ORDER BY here would cost a temporary table.) */
#define LOCK_PLACE_COLS "SELECT r.id, r.number, r.type, r.kind, r.title, r.requester_id, r.filed_by_id, r.dept_id," \
	" r.state, r.version, r.round, a.id, a.step_id, s.kind, s.needed, s.name, a.acting_for, s.add_signer, s.seq," \
	" (SELECT COUNT(*) FROM step_assignees b WHERE b.step_id = a.step_id AND b.state = 'approved')"
#define LOCK_PLACE_FROM " FROM requests r LEFT JOIN (step_assignees a JOIN request_steps s ON s.id = a.step_id" \
	" AND s.state = 'pending') ON a.request_id = r.id AND a.user_id = ? AND a.state = 'pending' AND s.round = r.round" \
	" WHERE r.id = ? FOR UPDATE"
DB_DEFINE_READS(ST_REQ_LOCK_PLACE, 1, req_lock_place, REQ_LOCK_PLACE_COLS, LOCK_PLACE_COLS LOCK_PLACE_FROM);
/* The next waiting step of the request (?), one row per place on it (place
 * columns NULL when it has none), each with whoever stands in for the
 * place's holder on the day given (twice), as ST_WHO_DEPUTY finds them; and
 * how many approval steps wait in all.  No row: nothing waits.  pre: the
 * columns a union puts before these.  (The round comes from a subquery:
 * joined, it would cost a sort.) */
#define STEP_NEXT(pre) "SELECT " pre "s.id, s.seq, s.name, s.kind, s.needed, s.state_after," \
	" (SELECT COUNT(*) FROM request_steps w WHERE w.request_id = s.request_id AND w.round = s.round" \
	"  AND w.state = 'waiting' AND w.kind <> 'task')," \
	" a.id, a.user_id, a.acting_for, a.state," \
	" (SELECT d.deputy_id FROM delegations d JOIN users u ON u.id = d.deputy_id" \
	"  WHERE d.user_id = a.user_id AND d.from_day <= ? AND d.to_day >= ? AND u.active = 1" \
	"  ORDER BY d.id DESC LIMIT 1)" \
	" FROM request_steps s LEFT JOIN step_assignees a ON a.step_id = s.id" \
	" WHERE s.id = (SELECT f.id FROM request_steps f WHERE f.request_id = ?" \
	"  AND f.round = (SELECT round FROM requests WHERE id = ?) AND f.state = 'waiting' ORDER BY f.seq LIMIT 1)" \
	" ORDER BY a.id FOR UPDATE"
#define NULLS4 "NULL, NULL, NULL, NULL"
#define NULLS12 NULLS4 ", " NULLS4 ", " NULLS4
/* An approval reads the next step with its lock (an approval that ends its
 * step starts the next one): the lock's row, then the next step's rows,
 * told apart by the request's id, which only the lock's row carries. */
DB_DEFINE_READS(ST_REQ_LOCK_PLACE_NEXT, 1, req_lock_next, REQ_LOCK_NEXT_COLS,
	"(" LOCK_PLACE_COLS ", " NULLS12 LOCK_PLACE_FROM ")"
	" UNION ALL (" STEP_NEXT(NULLS12 ", " NULLS4 ", " NULLS4 ", ") ")");
DB_DEFINE_READS(ST_REQ_GET, 0, req_get, REQ_GET_COLS,
	"SELECT r.id, r.number, r.type, r.kind, r.title, r.requester_id, r.filed_by_id, r.dept_id, r.state,"
	" r.version, r.round, u.display_name, f.display_name, d.name, UNIX_TIMESTAMP(r.created_at),"
	" UNIX_TIMESTAMP(r.submitted_at), UNIX_TIMESTAMP(r.decided_at), r.amount_fen, d.head_id,"
	" COALESCE(k.name_zh, ''), COALESCE(k.name_en, '')"
	" FROM requests r JOIN users u ON u.id = r.requester_id JOIN users f ON f.id = r.filed_by_id"
	" JOIN departments d ON d.id = r.dept_id LEFT JOIN request_kinds k ON k.type = r.type AND k.code = r.kind"
	" WHERE r.id = ?");
DB_DEFINE(ST_REQ_SET_STATE, 1,
	"UPDATE requests SET state = ?, version = version + 1, updated_at = FROM_UNIXTIME(?),"
	" decided_at = IF(? = 1, FROM_UNIXTIME(?), decided_at) WHERE id = ?");
DB_DEFINE(ST_REQ_NEW_ROUND, 1,
	"UPDATE requests SET state = ?, round = round + 1, version = version + 1,"
	" updated_at = FROM_UNIXTIME(?) WHERE id = ?");
DB_DEFINE(ST_REQ_BUMP, 1,
	"UPDATE requests SET version = version + 1, updated_at = FROM_UNIXTIME(?) WHERE id = ?");
DB_DEFINE(ST_REQ_RESUBMIT, 1,
	"UPDATE requests SET kind = ?, title = ?, amount_fen = ?, filed_by_id = ?, state = 'in_approval',"
	" version = version + 1,"
	" round = round + 1, route_hash = ?, submitted_at = FROM_UNIXTIME(?), decided_at = NULL,"
	" updated_at = FROM_UNIXTIME(?) WHERE id = ?");
/* links between requests */
DB_DEFINE_READS(ST_LINK_TARGET, 0, link_target, LINK_TARGET_COLS,
	"SELECT type, requester_id, state FROM requests WHERE id = ?");
DB_DEFINE(ST_LINK_SAVE, 1,
	"REPLACE INTO request_links (from_id, to_id, kind) VALUES (?, ?, ?)");
DB_DEFINE_READS(ST_LINKS_OF, 0, links_of, LINKS_OF_COLS,
	"SELECT l.kind, r.id, r.number, r.type, r.state, 'to' FROM request_links l"
	" JOIN requests r ON r.id = l.to_id WHERE l.from_id = ? UNION ALL"
	" SELECT l.kind, r.id, r.number, r.type, r.state, 'from' FROM request_links l"
	" JOIN requests r ON r.id = l.from_id WHERE l.to_id = ? ORDER BY 2");
/* steps and assignees */
DB_DEFINE(ST_STEP_INSERT, 1,
	"INSERT INTO request_steps (request_id, round, seq, name, kind, who, state, needed,"
	" state_after, add_signer) VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?)");
DB_DEFINE_READS(ST_STEP_NEXT, 1, step_next, STEP_NEXT_COLS, STEP_NEXT(""));
/* A step ends: its state, and the places on it nobody took (one statement
 * for both; a step without such places still ends). */
DB_DEFINE(ST_STEP_END, 1,
	"UPDATE request_steps s LEFT JOIN step_assignees a ON a.step_id = s.id AND a.state IN ('pending', 'waiting')"
	" SET s.state = ?, s.decided_at = FROM_UNIXTIME(?), a.state = ? WHERE s.id = ?");
/* The last approval a step needs ends it: the approver's place approved,
 * the places nobody took superseded, the step done, in one statement. */
DB_DEFINE(ST_STEP_END_APPROVED, 1,
	"UPDATE request_steps s LEFT JOIN step_assignees a ON a.step_id = s.id AND a.state IN ('pending', 'waiting')"
	" SET s.state = 'done', s.decided_at = FROM_UNIXTIME(?),"
	" a.decided_at = IF(a.id = ?, FROM_UNIXTIME(?), a.decided_at), a.comment = IF(a.id = ?, ?, a.comment),"
	" a.via = IF(a.id = ?, ?, a.via), a.state = IF(a.id = ?, 'approved', 'superseded') WHERE s.id = ?");
/* A step starts: it and every waiting place on it become pending. */
DB_DEFINE(ST_STEP_START, 1,
	"UPDATE request_steps s LEFT JOIN step_assignees a ON a.step_id = s.id AND a.state = 'waiting'"
	" SET s.state = 'pending', s.activated_at = FROM_UNIXTIME(?), a.state = 'pending', a.acting_for = NULL,"
	" a.activated_at = FROM_UNIXTIME(?) WHERE s.id = ?");
/* The approval that ends its step (ST_STEP_END_APPROVED; a step id that
 * matches none: nothing ends) and what follows it, in one statement: the
 * next step (?, NULL: none) starting as ST_STEP_START does, and the request
 * entering a state (set_state's columns).  Each row is updated once
 * however many places join. */
DB_DEFINE(ST_STEP_HANDOFF, 1,
	"UPDATE requests r LEFT JOIN request_steps s ON s.id = ?"
	" LEFT JOIN step_assignees a ON a.step_id = s.id AND a.state IN ('pending', 'waiting')"
	" LEFT JOIN request_steps n ON n.id = ?"
	" LEFT JOIN step_assignees b ON b.step_id = n.id AND b.state = 'waiting'"
	" SET s.state = 'done', s.decided_at = FROM_UNIXTIME(?),"
	" a.decided_at = IF(a.id = ?, FROM_UNIXTIME(?), a.decided_at), a.comment = IF(a.id = ?, ?, a.comment),"
	" a.via = IF(a.id = ?, ?, a.via), a.state = IF(a.id = ?, 'approved', 'superseded'),"
	" n.state = 'pending', n.activated_at = FROM_UNIXTIME(?), b.state = 'pending', b.acting_for = NULL,"
	" b.activated_at = FROM_UNIXTIME(?), r.state = ?, r.version = r.version + 1, r.updated_at = FROM_UNIXTIME(?),"
	" r.decided_at = IF(? = 1, FROM_UNIXTIME(?), r.decided_at) WHERE r.id = ?");
DB_DEFINE(ST_STEP_SET_STATE, 1,
	"UPDATE request_steps SET state = ?, activated_at = IF(? = 'pending', FROM_UNIXTIME(?),"
	" activated_at), decided_at = IF(? IN ('done', 'rejected', 'returned', 'skipped', 'filed'), FROM_UNIXTIME(?),"
	" decided_at)"
	" WHERE id = ?");
DB_DEFINE_READS(ST_STEP_NAMES, 1, step_names, STEP_NAMES_COLS,
	"SELECT name, seq FROM request_steps WHERE request_id = ? AND round = ? ORDER BY seq FOR UPDATE");
DB_DEFINE(ST_STEP_SHIFT, 1,
	"UPDATE request_steps SET seq = seq + 1 WHERE request_id = ? AND round = ? AND seq >= ?");
/* a place carries its step's kind, for the inbox's one index range */
DB_DEFINE(ST_ASG_INSERT, 1,
	"INSERT INTO step_assignees (step_id, step_kind, request_id, user_id, acting_for, state, activated_at)"
	" VALUES (?, ?, ?, ?, ?, ?, IF(? = 'pending', FROM_UNIXTIME(?), NULL))");
DB_DEFINE(ST_ASG_SET, 1,
	"UPDATE step_assignees SET state = ?, user_id = ?, acting_for = ?,"
	" activated_at = IF(? = 'pending', FROM_UNIXTIME(?), activated_at) WHERE id = ?");
DB_DEFINE(ST_ASG_DECIDE, 1,
	"UPDATE step_assignees SET state = ?, decided_at = FROM_UNIXTIME(?), comment = ?, via = ?" " WHERE id = ?");
DB_DEFINE(ST_ASG_CLOSE_REQ, 1,
	"UPDATE step_assignees SET state = 'cancelled' WHERE request_id = ? AND state IN ('pending', 'waiting')");
DB_DEFINE(ST_STEPS_CLOSE_REQ, 1,
	"UPDATE request_steps SET state = 'cancelled' WHERE request_id = ? AND state IN ('pending', 'waiting')");
DB_DEFINE_READS(ST_ASG_PRIOR_SINGLE, 1, count_row, COUNT_COLS,
	"SELECT COUNT(*) FROM step_assignees a JOIN request_steps s ON s.id = a.step_id"
	" WHERE a.request_id = ? AND s.round = ? AND s.kind = 'single' AND a.state = 'approved' AND a.user_id = ?");
DB_DEFINE_READS(ST_ASG_APPROVALS, 1, asg_approvals, ASG_APPROVALS_COLS,
	"SELECT a.user_id, COALESCE(a.acting_for, a.user_id) FROM step_assignees a"
	" WHERE a.step_id = ? AND a.state = 'approved'");
DB_DEFINE_READS(ST_ASG_IS_ON, 0, count_row, COUNT_COLS,
	"SELECT COUNT(*) FROM step_assignees WHERE request_id = ? AND user_id = ?");
DB_DEFINE(ST_ASG_HANDOVER_USER, 1,
	"UPDATE step_assignees a JOIN requests r ON r.id = a.request_id"
	" SET a.user_id = ?, a.acting_for = NULL WHERE a.user_id = ? AND a.state IN ('pending', 'waiting')"
	" AND r.requester_id <> ? AND r.filed_by_id <> ?");
/* lists: each filtered by type, state, submission date and text.  A list
 * reads its own index range and the requests it names; the names of people
 * and kinds are the page's to add (view/names.h).  The inbox index covers
 * every column taken from the place (sql/027-list-reads.sql). */
DB_DEFINE_READS(ST_LIST_INBOX, 0, list_row, LIST_ROW_COLS,
	"SELECT r.id, r.number, r.type, r.kind, r.title, r.state, r.requester_id, UNIX_TIMESTAMP(a.activated_at),"
	" a.step_kind, r.version FROM step_assignees a JOIN requests r ON r.id = a.request_id"
	" WHERE a.user_id = ? AND a.state = 'pending'" LIST_FILTERS " ORDER BY a.id DESC LIMIT ? OFFSET ?");
DB_DEFINE_READS(ST_LIST_DONE, 0, list_row, LIST_ROW_COLS,
	"SELECT r.id, r.number, r.type, r.kind, r.title, r.state, r.requester_id, UNIX_TIMESTAMP(a.decided_at),"
	" '', r.version FROM step_assignees a JOIN requests r ON r.id = a.request_id"
	" WHERE a.user_id = ? AND a.decided_at IS NOT NULL"
	" AND a.state IN ('approved', 'rejected', 'returned', 'done', 'handed_over')" LIST_FILTERS
	" ORDER BY a.decided_at DESC, a.id DESC LIMIT ? OFFSET ?");
DB_DEFINE_READS(ST_LIST_MINE, 0, list_row, LIST_ROW_COLS,
	"SELECT r.id, r.number, r.type, r.kind, r.title, r.state, r.requester_id, UNIX_TIMESTAMP(r.updated_at),"
	" '', r.version FROM requests r WHERE r.requester_id = ?" LIST_FILTERS " ORDER BY r.id DESC LIMIT ? OFFSET ?");
DB_DEFINE_READS(ST_LIST_CC, 0, list_row, LIST_ROW_COLS,
	"SELECT r.id, r.number, r.type, r.kind, r.title, r.state, r.requester_id, UNIX_TIMESTAMP(c.created_at),"
	" '', r.version FROM request_cc c JOIN requests r ON r.id = c.request_id WHERE c.user_id = ?" LIST_FILTERS
	" ORDER BY c.request_id DESC LIMIT ? OFFSET ?");
DB_DEFINE_READS(ST_INBOX_COUNT, 0, count_row, COUNT_COLS,
	"SELECT COUNT(*) FROM step_assignees WHERE user_id = ? AND state = 'pending'");
/* The request page's story in one read, four parts in this order (the
 * columns each part fills are in STORY_COLS, engine_sql.h): its route, one
 * row per place (a step nobody holds as one row without a place); its
 * audit rows; the people it is copied to; its files.  People come by id:
 * the page names them (view/names.h).  The rows come unordered and the page
 * sorts them by part, k1, k2, k3: an ORDER BY over the union costs MariaDB a
 * temporary table, sorting a few dozen rows costs the page nothing. */
DB_DEFINE_READS(ST_REQ_STORY, 0, story, STORY_COLS,
	"SELECT 1 AS part, s.round AS k1, s.seq AS k2, COALESCE(a.id, 0) AS k3, s.id, s.add_signer, a.id,"
	" COALESCE(a.user_id, 0), COALESCE(a.acting_for, 0), s.name, s.kind, s.state, COALESCE(a.state, ''),"
	" COALESCE(a.comment, ''), UNIX_TIMESTAMP(a.decided_at)"
	" FROM request_steps s LEFT JOIN step_assignees a ON a.step_id = s.id WHERE s.request_id = ?"
	" UNION ALL SELECT 2, id, 0, 0, COALESCE(actor_id, 0), 0, NULL, 0, 0, action, detail, via, '', '',"
	" UNIX_TIMESTAMP(at) FROM audit WHERE object_type = 'request' AND object_id = ?"
	" UNION ALL SELECT 3, UNIX_TIMESTAMP(created_at), user_id, 0, user_id, 0, NULL, 0, 0, '', '', '', '', '',"
	" UNIX_TIMESTAMP(created_at) FROM request_cc WHERE request_id = ?"
	" UNION ALL SELECT 4, id, 0, 0, id, size, NULL, 0, 0, label, filename, kind, '', '', UNIX_TIMESTAMP(uploaded_at)"
	" FROM attachments WHERE request_id = ?");
/* A transaction's notices and mail are written at its end, up to
 * eight rows a statement (outgoing.c). */
#define ROWS0(r) ""
#define ROWS1(r) r
#define ROWS2(r) r r
#define ROWS3(r) ROWS2(r) r
#define ROWS4(r) ROWS2(r) ROWS2(r)
#define ROWS5(r) ROWS4(r) r
#define ROWS6(r) ROWS4(r) ROWS2(r)
#define ROWS7(r) ROWS4(r) ROWS3(r)
/* ST_x_1 .. ST_x_8: first holds the first row, more each further one. */
#define BY_ROWS(st, first, more, tail) \
	DB_DEFINE(st##_1, 1, first ROWS0(more) tail); DB_DEFINE(st##_2, 1, first ROWS1(more) tail); \
	DB_DEFINE(st##_3, 1, first ROWS2(more) tail); DB_DEFINE(st##_4, 1, first ROWS3(more) tail); \
	DB_DEFINE(st##_5, 1, first ROWS4(more) tail); DB_DEFINE(st##_6, 1, first ROWS5(more) tail); \
	DB_DEFINE(st##_7, 1, first ROWS6(more) tail); DB_DEFINE(st##_8, 1, first ROWS7(more) tail)
BY_ROWS(ST_NOTES, "INSERT INTO notifications (user_id, request_id, kind, text, created_at)"
	" VALUES (?, ?, ?, ?, FROM_UNIXTIME(?))", ", (?, ?, ?, ?, FROM_UNIXTIME(?))", "");
/* The mail row takes the recipient as they are now, or is 'skipped' with
 * why; the rows keep their queued order (n).  A mail that carries an
 * approval link keeps the link's life (its hash, step, expiry, use),
 * bound to the request's version as the transaction leaves it. */
BY_ROWS(ST_MAILS,
	"INSERT INTO outbox (user_id, to_addr, to_name, notice, request_id, lang, link, state, next_try,"
	" last_error, created_at, link_hash, step_id, link_version, link_expires)"
	" SELECT x.u, COALESCE(u.email, ''), COALESCE(u.display_name, ''), x.k, x.r,"
	" IF(COALESCE(u.lang, '') = '', 'zh-CN', u.lang), x.l,"
	" IF(u.id IS NULL OR COALESCE(u.email, '') = '' OR u.active = 0, 'skipped', 'queued'),"
	" IF(u.id IS NULL OR COALESCE(u.email, '') = '' OR u.active = 0, NULL, FROM_UNIXTIME(x.t)),"
	" CASE WHEN u.id IS NULL THEN 'no such user' WHEN COALESCE(u.email, '') = '' THEN 'the user has no email address'"
	" WHEN u.active = 0 THEN 'the user is inactive' ELSE '' END, FROM_UNIXTIME(x.t),"
	" x.h, x.s, IF(x.h IS NULL, NULL, q.version), FROM_UNIXTIME(x.e)"
	" FROM (SELECT ? AS n, ? AS u, ? AS k, ? AS r, ? AS l, ? AS h, ? AS s, ? AS e, ? AS t",
	" UNION ALL SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?",
	") x LEFT JOIN users u ON u.id = x.u LEFT JOIN requests q ON q.id = x.r ORDER BY x.n");
/* calendar */
DB_DEFINE_READS(ST_CAL_DAYS, 0, cal_days, CAL_DAYS_COLS,
	"SELECT DATEDIFF(day, '1970-01-01'), kind FROM calendar_days ORDER BY day");
/* attachments */
DB_DEFINE(ST_ATT_INSERT, 1,
	"INSERT INTO attachments (request_id, label, filename, kind, size, sha256, stored_name,"
	" is_sensitive, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FROM_UNIXTIME(?))");
DB_DEFINE_READS(ST_ATT_GET, 0, att_get, ATT_GET_COLS,
	"SELECT id, request_id, label, filename, kind, size, sha256, stored_name, is_sensitive"
	" FROM attachments WHERE id = ?");
DB_DEFINE_READS(ST_ATT_COUNT, 0, count_row, COUNT_COLS,
	"SELECT COUNT(*) FROM attachments WHERE request_id = ? AND label = ?");
/* approval links: each rides on the mail that carries it */
DB_DEFINE_READS(ST_LINK_GET, 0, link_get, LINK_GET_COLS,
	"SELECT l.request_id, l.step_id, l.user_id, l.link_version, UNIX_TIMESTAMP(l.link_expires),"
	" l.link_used_at IS NOT NULL, s.state, r.version, r.state,"
	" (SELECT COUNT(*) FROM step_assignees a WHERE a.step_id = l.step_id AND a.state = 'pending'"
	"   AND (a.user_id = l.user_id OR a.acting_for = l.user_id))"
	" FROM outbox l JOIN request_steps s ON s.id = l.step_id JOIN requests r ON r.id = l.request_id"
	" WHERE l.link_hash = ?");
DB_DEFINE(ST_LINK_USE, 1,
	"UPDATE outbox SET link_used_at = FROM_UNIXTIME(?) WHERE link_hash = ? AND link_used_at IS NULL");
DB_DEFINE(ST_LINK_REBIND_REQ, 1,
	"UPDATE outbox l JOIN requests r ON r.id = l.request_id SET l.link_version = r.version"
	" WHERE l.request_id = ? AND l.link_hash IS NOT NULL AND l.link_used_at IS NULL");
/* An expired link is forgotten a while later: its mail stays, the link goes. */
DB_DEFINE(ST_LINK_PURGE, 1,
	"UPDATE outbox SET link_hash = NULL, link_expires = NULL WHERE link_expires < FROM_UNIXTIME(?)");
DB_DEFINE_READS(ST_FORM_KEY_GET, 0, form_key_row, FORM_KEY_COLS,
	"SELECT request_id, action FROM decision_keys WHERE key_hash = ? AND user_id = ?");
DB_DEFINE(ST_FORM_KEY_PUT, 1,
	"INSERT INTO decision_keys (key_hash, user_id, request_id, action, created_at)"
	" VALUES (?, ?, ?, ?, FROM_UNIXTIME(?))");
DB_DEFINE(ST_FORM_KEY_PURGE, 1,
	"DELETE FROM decision_keys WHERE created_at < FROM_UNIXTIME(?)");
/* copies (抄送) */
DB_DEFINE(ST_CC_ADD, 1,
	"INSERT IGNORE INTO request_cc (request_id, user_id, created_at) VALUES (?, ?, FROM_UNIXTIME(?))");
/* signatures (SP-04) */
DB_DEFINE(ST_SIGN_INSERT, 1,
	"INSERT INTO signatures (request_id, step_id, round, user_id, via, signed_at, content_sha256)"
	" VALUES (?, ?, ?, ?, ?, FROM_UNIXTIME(?), ?)");
/* A signature is current until a later round repeats its step (an edit, a
 * resubmission): a cancellation's own steps leave the signing standing. */
DB_DEFINE_READS(ST_SIGNATURES_OF, 0, signatures_of, SIGNATURES_OF_COLS,
	"SELECT g.round, u.display_name, g.via, UNIX_TIMESTAMP(g.signed_at), g.content_sha256,"
	" NOT EXISTS (SELECT 1 FROM request_steps s JOIN request_steps l ON l.request_id = s.request_id"
	"  AND l.name = s.name AND l.round > s.round WHERE s.id = g.step_id)"
	" FROM signatures g JOIN users u ON u.id = g.user_id"
	" WHERE g.request_id = ? ORDER BY g.id");
DB_DEFINE_READS(ST_ATT_HASHES, 0, att_hashes, ATT_HASHES_COLS,
	"SELECT sha256 FROM attachments WHERE request_id = ? ORDER BY id");
DB_DEFINE_READS(ST_CC_IS, 0, count_row, COUNT_COLS,
	"SELECT COUNT(*) FROM request_cc WHERE request_id = ? AND user_id = ?");
/* AU-05's hand-over lists: the places and the open requests a person holds */
DB_DEFINE_READS(ST_HANDOVER_HELD, 0, handover_held, HANDOVER_HELD_COLS,
	"SELECT 'step', a.request_id FROM step_assignees a WHERE a.user_id = ? AND a.state IN ('pending', 'waiting')"
	" UNION ALL SELECT 'request', r.id FROM requests r WHERE r.requester_id = ?"
	" AND r.state IN ('draft', 'in_approval', 'returned', 'cancelling') ORDER BY 1 DESC, 2");
DB_DEFINE(ST_HANDOVER_ADD, 1,
	"INSERT INTO handovers (user_id, reason, from_dept, to_dept, successor_id, manager_id, created_at, created_by)"
	" VALUES (?, ?, ?, ?, ?, ?, FROM_UNIXTIME(?), ?)");
DB_DEFINE(ST_HANDOVER_ITEM_ADD, 1,
	"INSERT INTO handover_items (handover_id, kind, request_id) VALUES (?, ?, ?)");
DB_DEFINE(ST_HANDOVER_MOVED, 1,
	"UPDATE handovers SET moved_steps = ? WHERE id = ?");
DB_DEFINE_READS(ST_HANDOVER_LOCK, 1, handover_lock, HANDOVER_LOCK_COLS,
	"SELECT user_id, COALESCE(manager_id, 0), confirmed_at IS NOT NULL FROM handovers WHERE id = ? FOR UPDATE");
DB_DEFINE(ST_HANDOVER_CONFIRM, 1,
	"UPDATE handovers SET confirmed_by = ?, confirmed_at = FROM_UNIXTIME(?) WHERE id = ?");
/* scheduler */
DB_DEFINE_READS(ST_SCHED_WAITING, 0, sched_waiting, SCHED_WAITING_COLS,
	"SELECT a.id, a.request_id, a.step_id, a.user_id, UNIX_TIMESTAMP(a.activated_at),"
	" a.reminded_at IS NOT NULL, a.escalated_at IS NOT NULL FROM step_assignees a FORCE INDEX (k_assignees_due)"
	" WHERE a.state = 'pending' AND a.escalated_at IS NULL AND a.id > ?"
	" AND a.activated_at < FROM_UNIXTIME(?) ORDER BY a.id LIMIT 200");
DB_DEFINE(ST_SCHED_REMINDED, 1,
	"UPDATE step_assignees SET reminded_at = FROM_UNIXTIME(?) WHERE id = ? AND reminded_at IS NULL AND state = 'pending'");
DB_DEFINE(ST_SCHED_ESCALATED, 1,
	"UPDATE step_assignees SET escalated_at = FROM_UNIXTIME(?) WHERE id = ? AND escalated_at IS NULL AND state = 'pending'");
DB_DEFINE_READS(ST_SCHED_EXPIRING, 0, sched_expiring, SCHED_EXPIRING_COLS,
	"SELECT id FROM requests WHERE state = 'approved' AND expires_at < FROM_UNIXTIME(?)"
	" ORDER BY id LIMIT 100");
DB_DEFINE(ST_SCHED_SESSIONS, 1,
	"DELETE FROM sessions WHERE last_seen < FROM_UNIXTIME(?) OR created_at < FROM_UNIXTIME(?)");
DB_DEFINE_READS(ST_STEP_KIND, 0, step_kind_row, STEP_KIND_COLS,
	"SELECT kind FROM request_steps WHERE id = ?");
DB_DEFINE(ST_REQ_SET_EXPIRY, 1,
	"UPDATE requests SET expires_at = FROM_UNIXTIME(?) WHERE id = ?");
