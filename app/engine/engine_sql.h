/*
 * engine_sql.h - the statements of the workflow engine (db/stmt.h): who
 * acts, requests, steps and places, lists, the timeline, notices and
 * their mail, attachments, approval links, copies, timed work.
 */
#ifndef LIAISON_ENGINE_SQL_H
#define LIAISON_ENGINE_SQL_H

#include "db/stmt.h"

/* resolving who acts (AU-02) */
#define WHO_USER_COLS(C, R) C(R, id, INT) C(R, superior_id, INT) C(R, active, INT) C(R, dept_id, INT) \
	C(R, roles, INT) C(R, can_sign, INT)
DB_READS(ST_WHO_USER, who_user, WHO_USER_COLS);
#define WHO_DEPT_HEAD_COLS(C, R) C(R, head_id, INT)
DB_READS(ST_WHO_DEPT_HEAD, who_dept_head, WHO_DEPT_HEAD_COLS);
/* a list of people: by role, by role in a department, by login, the signers */
#define USER_ID_COLS(C, R) C(R, id, INT)
DB_ROW(user_id_row, USER_ID_COLS)
DB_READS_ROW(ST_WHO_ROLE, user_id_row);
DB_READS_ROW(ST_WHO_DEPT_ROLE, user_id_row);
DB_READS_ROW(ST_WHO_LOGIN, user_id_row);
DB_READS_ROW(ST_WHO_SIGNERS, user_id_row);
DB_READS_ROW(ST_WHO_HEADS, user_id_row);
#define WHO_DEPUTY_COLS(C, R) C(R, deputy_id, INT)
DB_READS(ST_WHO_DEPUTY, who_deputy, WHO_DEPUTY_COLS);

/* requests */
DB_WRITES(ST_REQ_COUNTER);
DB_WRITES(ST_REQ_INSERT);
DB_WRITES(ST_REQ_INSERT_DRAFT);
DB_WRITES(ST_REQ_DRAFT_UPDATE);
#define REQ_LOCK_COLS(C, R) C(R, id, INT) C(R, number, STR) C(R, type, STR) C(R, kind, STR) C(R, title, STR) \
	C(R, requester_id, INT) C(R, filed_by_id, INT) C(R, dept_id, INT) C(R, state, STR) C(R, version, INT) \
	C(R, round, INT)
DB_READS(ST_REQ_LOCK, req_lock, REQ_LOCK_COLS);
#define REQ_LOCK_PLACE_COLS(C, R) REQ_LOCK_COLS(C, R) C(R, place, INT) C(R, step_id, INT) C(R, step_kind, STR) \
	C(R, needed, INT) C(R, step_name, STR) C(R, acting_for, INT) C(R, add_signer, INT) C(R, seq, INT) \
	C(R, approved, INT)
DB_READS(ST_REQ_LOCK_PLACE, req_lock_place, REQ_LOCK_PLACE_COLS);
#define REQ_GET_COLS(C, R) C(R, id, INT) C(R, number, STR) C(R, type, STR) C(R, kind, STR) C(R, title, STR) \
	C(R, requester_id, INT) C(R, filed_by_id, INT) C(R, dept_id, INT) C(R, state, STR) C(R, version, INT) \
	C(R, round, INT) C(R, requester_name, STR) C(R, filed_by_name, STR) C(R, dept_name, STR) \
	C(R, created, INT) C(R, submitted, INT) C(R, decided, INT) C(R, amount_fen, INT) C(R, dept_head, INT) \
	C(R, kind_zh, STR) C(R, kind_en, STR)
DB_READS(ST_REQ_GET, req_get, REQ_GET_COLS);
DB_WRITES(ST_REQ_SET_STATE);
DB_WRITES(ST_REQ_NEW_ROUND);
DB_WRITES(ST_REQ_BUMP);
DB_WRITES(ST_REQ_RESUBMIT);
DB_WRITES(ST_REQ_SET_EXPIRY);

/* links between requests */
#define LINK_TARGET_COLS(C, R) C(R, type, STR) C(R, requester_id, INT) C(R, state, STR)
DB_READS(ST_LINK_TARGET, link_target, LINK_TARGET_COLS);
DB_WRITES(ST_LINK_SAVE);
#define LINKS_OF_COLS(C, R) C(R, kind, STR) C(R, id, INT) C(R, number, STR) C(R, type, STR) C(R, state, STR) \
	C(R, direction, STR)
DB_READS(ST_LINKS_OF, links_of, LINKS_OF_COLS);

/* steps and the places on them */
DB_WRITES(ST_STEP_INSERT);
#define STEP_NEXT_COLS(C, R) C(R, next_id, INT) C(R, next_seq, INT) C(R, next_name, STR) C(R, next_kind, STR) \
	C(R, next_needed, INT) C(R, state_after, STR) C(R, approvals_left, INT) C(R, next_place, INT) C(R, user_id, INT) \
	C(R, next_acting_for, INT) C(R, place_state, STR) C(R, deputy, INT)
DB_READS(ST_STEP_NEXT, step_next, STEP_NEXT_COLS);
#define REQ_LOCK_NEXT_COLS(C, R) REQ_LOCK_PLACE_COLS(C, R) STEP_NEXT_COLS(C, R)
DB_READS(ST_REQ_LOCK_PLACE_NEXT, req_lock_next, REQ_LOCK_NEXT_COLS);
DB_WRITES(ST_STEP_HANDOFF);
DB_WRITES(ST_STEP_END);
DB_WRITES(ST_STEP_END_APPROVED);
DB_WRITES(ST_STEP_START);
DB_WRITES(ST_STEP_SET_STATE);
DB_WRITES(ST_STEP_SHIFT);
#define STEP_NAMES_COLS(C, R) C(R, name, STR) C(R, seq, INT)
DB_READS(ST_STEP_NAMES, step_names, STEP_NAMES_COLS);
#define STEP_KIND_COLS(C, R) C(R, kind, STR)
DB_READS(ST_STEP_KIND, step_kind_row, STEP_KIND_COLS);
DB_WRITES(ST_ASG_INSERT);
DB_WRITES(ST_ASG_SET);
DB_WRITES(ST_ASG_DECIDE);
DB_WRITES(ST_ASG_CLOSE_REQ);
DB_WRITES(ST_STEPS_CLOSE_REQ);
#define COUNT_COLS(C, R) C(R, n, INT)
DB_ROW(count_row, COUNT_COLS)
DB_READS_ROW(ST_ASG_PRIOR_SINGLE, count_row);
DB_READS_ROW(ST_ASG_IS_ON, count_row);
DB_READS_ROW(ST_CC_IS, count_row);
DB_READS_ROW(ST_ATT_COUNT, count_row);
DB_READS_ROW(ST_INBOX_COUNT, count_row);
#define ASG_APPROVALS_COLS(C, R) C(R, user_id, INT) C(R, principal_id, INT)
DB_READS(ST_ASG_APPROVALS, asg_approvals, ASG_APPROVALS_COLS);
DB_WRITES(ST_ASG_HANDOVER_USER);

/* the four lists, each filtered by type, state, date and text */
#define LIST_ROW_COLS(C, R) C(R, id, INT) C(R, number, STR) C(R, type, STR) C(R, kind, STR) C(R, title, STR) \
	C(R, state, STR) C(R, requester_id, INT) C(R, at, INT) C(R, step_kind, STR) C(R, version, INT)
DB_ROW(list_row, LIST_ROW_COLS)
DB_READS_ROW(ST_LIST_INBOX, list_row);
DB_READS_ROW(ST_LIST_DONE, list_row);
DB_READS_ROW(ST_LIST_MINE, list_row);
DB_READS_ROW(ST_LIST_CC, list_row);

/* The request page's story (engine_sql.c), one row a place, audit row, copy
 * or file; part says which, k1..k3 order the rows within it:
 *   column      1 route        2 audit row  3 copied to   4 file
 *   k1          round          audit id     copied at     file id
 *   id          step id        actor (0:    the user      file id
 *                              system)
 *   num         add_signer     -            -             size
 *   place       place id (NULL: nobody holds the step)
 *   user        the place's user
 *   acting_for  whom they stand in for (0: nobody)
 *   t1..t3      step name,     action,      -             label,
 *               kind, state    detail, via                name, kind
 *   t4, t5      place state, comment
 *   at          decided        when         copied at     uploaded */
#define STORY_COLS(C, R) C(R, part, INT) C(R, k1, INT) C(R, k2, INT) C(R, k3, INT) C(R, id, INT) C(R, num, INT) \
	C(R, place, OPT) C(R, user, INT) C(R, acting_for, INT) C(R, t1, STR) C(R, t2, STR) C(R, t3, STR) C(R, t4, STR) \
	C(R, t5, STR) C(R, at, OPT)
DB_READS(ST_REQ_STORY, story, STORY_COLS);

/* notices, their mail and approval links, 1, 2, 4 or 8 rows a statement
 * (queued inside the caller's transaction, written at its end) */
DB_WRITES(ST_NOTES_1); DB_WRITES(ST_NOTES_2); DB_WRITES(ST_NOTES_3); DB_WRITES(ST_NOTES_4); DB_WRITES(ST_NOTES_5); DB_WRITES(ST_NOTES_6); DB_WRITES(ST_NOTES_7); DB_WRITES(ST_NOTES_8);
DB_WRITES(ST_MAILS_1); DB_WRITES(ST_MAILS_2); DB_WRITES(ST_MAILS_3); DB_WRITES(ST_MAILS_4); DB_WRITES(ST_MAILS_5); DB_WRITES(ST_MAILS_6); DB_WRITES(ST_MAILS_7); DB_WRITES(ST_MAILS_8);

/* the work calendar */
#define CAL_DAYS_COLS(C, R) C(R, day, INT) C(R, kind, STR)
DB_READS(ST_CAL_DAYS, cal_days, CAL_DAYS_COLS);

/* attachments */
DB_WRITES(ST_ATT_INSERT);
#define ATT_GET_COLS(C, R) C(R, id, INT) C(R, request_id, INT) C(R, label, STR) C(R, filename, STR) \
	C(R, kind, STR) C(R, size, INT) C(R, sha256, STR) C(R, stored_name, STR) C(R, sensitive, INT)
DB_READS(ST_ATT_GET, att_get, ATT_GET_COLS);

/* approval links */
#define LINK_GET_COLS(C, R) C(R, request_id, INT) C(R, step_id, INT) C(R, user_id, INT) C(R, version, INT) \
	C(R, expires, INT) C(R, used, INT) C(R, step_state, STR) C(R, req_version, INT) C(R, req_state, STR) \
	C(R, live_places, INT)
DB_READS(ST_LINK_GET, link_get, LINK_GET_COLS);
DB_WRITES(ST_LINK_USE);
DB_WRITES(ST_LINK_REBIND_REQ);
DB_WRITES(ST_LINK_PURGE);
/* one-time decision form keys (replay.c) */
#define FORM_KEY_COLS(C, R) C(R, request_id, INT) C(R, action, STR)
DB_READS(ST_FORM_KEY_GET, form_key_row, FORM_KEY_COLS);
DB_WRITES(ST_FORM_KEY_PUT);
DB_WRITES(ST_FORM_KEY_PURGE);

/* copies (抄送) */
DB_WRITES(ST_CC_ADD);

/* signatures (SP-04) */
DB_WRITES(ST_SIGN_INSERT);
#define SIGNATURES_OF_COLS(C, R) C(R, round, INT) C(R, user_name, STR) C(R, via, STR) C(R, signed_at, INT) \
	C(R, content_sha256, STR) C(R, current, INT)
DB_READS(ST_SIGNATURES_OF, signatures_of, SIGNATURES_OF_COLS);
#define ATT_HASHES_COLS(C, R) C(R, sha256, STR)
DB_READS(ST_ATT_HASHES, att_hashes, ATT_HASHES_COLS);

/* AU-05's hand-over lists */
#define HANDOVER_HELD_COLS(C, R) C(R, kind, STR) C(R, request_id, INT)
DB_READS(ST_HANDOVER_HELD, handover_held, HANDOVER_HELD_COLS);
DB_WRITES(ST_HANDOVER_ADD);
DB_WRITES(ST_HANDOVER_ITEM_ADD);
DB_WRITES(ST_HANDOVER_MOVED);
#define HANDOVER_LOCK_COLS(C, R) C(R, user_id, INT) C(R, manager_id, INT) C(R, confirmed, INT)
DB_READS(ST_HANDOVER_LOCK, handover_lock, HANDOVER_LOCK_COLS);
DB_WRITES(ST_HANDOVER_CONFIRM);

/* timed work */
#define SCHED_WAITING_COLS(C, R) C(R, id, INT) C(R, request_id, INT) C(R, step_id, INT) C(R, user_id, INT) \
	C(R, since, INT) C(R, reminded, INT) C(R, escalated, INT)
DB_READS(ST_SCHED_WAITING, sched_waiting, SCHED_WAITING_COLS);
DB_WRITES(ST_SCHED_REMINDED);
DB_WRITES(ST_SCHED_ESCALATED);
#define SCHED_EXPIRING_COLS(C, R) C(R, id, INT)
DB_READS(ST_SCHED_EXPIRING, sched_expiring, SCHED_EXPIRING_COLS);
DB_WRITES(ST_SCHED_SESSIONS);

#endif
