/*
 * test_engine.c - the workflow engine over real HTTP, driven through the
 * test build's "probe" type (tests/probe/probe.c and routes-probe.hdf):
 * every decision kind, every step kind, AU-02..AU-04, the skip rule, hooks
 * that refuse, concurrency and stale versions, and who may read a request.
 *
 * Demo accounts are only logged into; the users and department a test
 * changes (AU-02) are its own, created through the admin pages with this
 * run's tag in their names, so the file runs again on the same stack.
 * State is checked through pages and, where a page cannot show it
 * (version, audit rows, who is pending), with SQL as the database root.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

/* ---- helpers --------------------------------------------------------- */

/* POST /new/probe; returns the status (303 on success). */
static long post_probe(struct hc *c, const char *note, const char *shape, const char *refuse_on,
    long long on_behalf)
{
	char ob[24];
	snprintf(ob, sizeof ob, "%lld", on_behalf);
	assert_int_equal(hc_get(c, "/new/probe"), 200);
	const char *p[] = {"note", note, "shape", shape, "refuse_on", refuse_on ? refuse_on : "none",
	    "on_behalf_of", ob, NULL};
	return hc_post(c, "/new/probe", p);
}

/* File a probe request as login (refuse_on: the hook that refuses, NULL none);
 * returns its id, asserting that it is in approval. */
static long long probe_in_approval(const char *login, const char *shape, const char *refuse_on)
{
	char note[64];
	snprintf(note, sizeof note, "%s-%s", shape, tag);
	struct hc *c = as(login);
	long st = post_probe(c, note, shape, refuse_on, 0);
	if (st != 303)
		fail_msg("filing %s as %s: status %ld", shape, login, st);
	long long id = id_from_location(c);
	assert_string_equal(state_of(id), "in_approval");
	return id;
}

/* POST /requests/:id/decide with an explicit version. */
static long decide_v(struct hc *c, long long id, long long version, const char *action, const char *comment,
    long long target)
{
	char path[64], v[24], t[24];
	path_of(path, sizeof path, "/requests/%lld/decide", id);
	snprintf(v, sizeof v, "%lld", version);
	snprintf(t, sizeof t, "%lld", target);
	const char *p[] = {"action", action, "version", v, "comment", comment ? comment : "", "target", t, NULL};
	return hc_post(c, path, p);
}

static long task_v(struct hc *c, long long id, long long version, const char *type)
{
	char path[96], v[24];
	snprintf(path, sizeof path, "/requests/%lld/task/%s", id, type);
	snprintf(v, sizeof v, "%lld", version);
	const char *p[] = {"version", v, "result", "recorded", "handed_out", "3 pens", "comment", "ok", NULL};
	return hc_post(c, path, p);
}

static long own_v(struct hc *c, long long id, const char *what, long long version, const char *comment)
{
	char path[96], v[24];
	snprintf(path, sizeof path, "/requests/%lld/%s", id, what);
	snprintf(v, sizeof v, "%lld", version);
	const char *p[] = {"version", v, "comment", comment ? comment : "", "confirm", "1", NULL};
	return hc_post(c, path, p);
}

static long view(const char *login, long long id)
{
	char path[64];
	path_of(path, sizeof path, "/requests/%lld", id);
	return hc_get(as(login), path);
}

/* A decision that must change nothing: status st, same state, version and audit. */
static void refused_unchanged(long st_got, long st_want, long long id, const char *state, long long version,
    long long rows)
{
	assert_int_equal(st_got, st_want);
	assert_string_equal(state_of(id), state);
	assert_int_equal(version_of(id), version);
	assert_int_equal(audit_rows(id), rows);
}

/* ---- users of our own (admin pages) ------------------------------------ */

/* Create a user; returns the id and the temporary password in tmp. */
static long long create_user(const char *login, long long dept, long long superior, const char *role, char tmp[64])
{
	char d[24], s[24];
	snprintf(d, sizeof d, "%lld", dept);
	snprintf(s, sizeof s, "%lld", superior);
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/users/new"), 200);
	const char *p[] = {"login", login, "display_name", login, "dept_id", d, "superior_id", s, "role_staff", "1",
	    role ? role : "role_staff", "1", NULL};
	assert_int_equal(hc_post(a, "/admin/users/new", p), 200);
	assert_true(hc_extract(a, "<code>", '<', tmp, 64));
	return user_id(login);
}

static long long ready_user(const char *login, long long dept, long long superior)
{
	char tmp[64];
	long long id = create_user(login, dept, superior, NULL, tmp);
	remember_client(login, first_login(login, tmp, "Probe#Engine-2026"));
	return id;
}

/* ---- decisions ---------------------------------------------------------- */

static void test_approve_single_and_skip_rule_records_step_skipped(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "single", NULL);
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(decide("mkt_head", id, "approve", "ok", 0), 303);
	/* the second dept_head step is the same person: skipped, recorded */
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld AND name = 'again'"
	                          " AND state = 'skipped'", id), 1);
	assert_int_equal(audit_action(id, "step_skipped"), 1);
	assert_int_equal(audit_action(id, "approve"), 1);
	assert_int_equal(audit_action(id, "approved"), 1);
	assert_int_equal(view("mkt_staff", id), 200);
	assert_true(hc_has(as("mkt_staff"), "自动跳过（已由同一人审批）"));
	assert_true(hc_has(as("mkt_staff"), "审批通过"));
}

/* A decision the server rolls back as a deadlock's victim runs again from
 * the start: what the first attempt queued (notices, mail, links, audit
 * rows) is forgotten, so the request holds one of each, not two. */
static void test_deadlock_victim_decision_retried_whole_one_of_everything(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "task", NULL);   /* then a task for the assistants */
	long long helpers = sql_num("SELECT COUNT(*) FROM users WHERE active = 1 AND (roles & 1024) <> 0");
	assert_true(helpers > 0);
	int retried = count_in_app_log("deadlock, retrying");
	assert_int_equal(spit(hc_var_path("clock.fault"), "decide_deadlock\n"), 0);
	assert_int_equal(decide("mkt_head", id, "approve", "ok", 0), 303);
	unlink(hc_var_path("clock.fault"));
	assert_int_equal(count_in_app_log("deadlock, retrying"), retried + 1);
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(audit_action(id, "approve"), 1);
	assert_int_equal(audit_action(id, "approved"), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'approved'", id),
	    1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id = %lld AND kind = 'approved'", id),
	    1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND notice = 'approved'", id), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id = %lld AND kind = 'step_waiting'"
	                          " AND user_id <> %lld", id, user_id("mkt_head")),
	    helpers);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND notice = 'step_waiting'"
	                          " AND user_id <> %lld", id, user_id("mkt_head")),
	    helpers);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox l JOIN request_steps s ON s.id = l.step_id"
	                          " WHERE l.request_id = %lld AND s.name = 'task'", id),
	    helpers);
}

static void test_reject_requires_reason(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "single", NULL);
	long long v = version_of(id), rows = audit_rows(id);
	refused_unchanged(decide("mkt_head", id, "reject", "", 0), 400, id, "in_approval", v, rows);
	assert_true(hc_has(as("mkt_head"), "驳回、退回或取消时必须填写原因。"));
	assert_int_equal(decide("mkt_head", id, "reject", "budget closed", 0), 303);
	assert_string_equal(state_of(id), "rejected");
	assert_string_equal(pending(id), "");
	assert_int_equal(view("mkt_staff", id), 200);
	assert_true(hc_has(as("mkt_staff"), "budget closed"));
	/* nothing more to decide */
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 403);
}

static void test_return_requires_reason_then_resubmit_is_a_new_round(void **state)
{
	(void)state;
	char path[96], v[24];
	long long id = probe_in_approval("mkt_staff", "single", NULL);
	long long ver = version_of(id), rows = audit_rows(id);
	refused_unchanged(decide("mkt_head", id, "return", "  ", 0), 400, id, "in_approval", ver, rows);
	assert_int_equal(decide("mkt_head", id, "return", "add the cost centre", 0), 303);
	assert_string_equal(state_of(id), "returned");
	/* only the requester edits */
	path_of(path, sizeof path, "/requests/%lld/edit", id);
	assert_int_equal(hc_get(as("mkt_head"), path), 403);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), tag));
	long long old = version_of(id);
	snprintf(v, sizeof v, "%lld", old - 1);
	path_of(path, sizeof path, "/requests/%lld/edit/probe", id);
	const char *stale[] = {"note", "again-fixed", "shape", "single", "refuse_on", "none", "version", v, NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, stale), 409);
	assert_string_equal(state_of(id), "returned");
	snprintf(v, sizeof v, "%lld", old);
	const char *p[] = {"note", "again-fixed", "shape", "single", "refuse_on", "none", "version", v, NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, p), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(sql_numf("SELECT round FROM requests WHERE id = %lld", id), 2);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld AND round = 2", id), 2);
	assert_int_equal(audit_action(id, "resubmit"), 1);
	assert_string_equal(pending(id), "mkt_head");
	/* the same form again is stale: the request is no longer returned */
	assert_int_equal(hc_post(as("mkt_staff"), path, p), 409);
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
}

/* A draft keeps what was typed, tells nobody and starts no route until it
 * is submitted; only its owner edits it. */
static void test_draft_saved_edited_then_submitted(void **state)
{
	(void)state;
	char path[96], v[24], note[64];
	snprintf(note, sizeof note, "draft-%s", tag);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/probe"), 200);
	const char *p[] = {"note", note, "shape", "single", "refuse_on", "none", "draft", "1", NULL};
	assert_int_equal(hc_post(c, "/new/probe", p), 303);
	long long id = id_from_location(c);
	assert_string_equal(state_of(id), "draft");
	assert_string_equal(pending(id), "");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld", id), 0);
	assert_int_equal(audit_action(id, "draft_save"), 1);
	path_of(path, sizeof path, "/requests/%lld/edit", id);
	assert_int_equal(hc_get(as("mkt_head"), path), 403);
	assert_int_equal(hc_get(c, path), 200);
	path_of(path, sizeof path, "/requests/%lld/edit/probe", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *again[] = {"note", note, "shape", "single", "refuse_on", "none", "version", v, "draft", "1", NULL};
	assert_int_equal(hc_post(c, path, again), 303);
	assert_string_equal(state_of(id), "draft");
	assert_int_equal(audit_action(id, "draft_save"), 2);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *go[] = {"note", note, "shape", "single", "refuse_on", "none", "version", v, NULL};
	assert_int_equal(hc_post(c, path, go), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(sql_numf("SELECT round FROM requests WHERE id = %lld", id), 1);
	assert_int_equal(audit_action(id, "submit"), 1);
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(hc_post(c, path, go), 409);   /* no longer a draft */
}

/* Links between requests (EX-03's claim -> pre-approval, through the probe
 * type): only to one's own request of the right type and state. */
static void test_EX03_link_only_to_own_approved_request(void **state)
{
	(void)state;
	char idbuf[24], note[64], path[64];
	long long mine = probe_in_approval("mkt_staff", "single", NULL);
	long long theirs = probe_in_approval("mkt_staff2", "single", NULL);
	struct hc *c = as("mkt_staff");
	snprintf(note, sizeof note, "link-%s", tag);
	snprintf(idbuf, sizeof idbuf, "%lld", mine);
	const char *p[] = {"note", note, "shape", "single", "refuse_on", "none", "link_to", idbuf, NULL};
	long long before = request_count();
	assert_int_equal(hc_get(c, "/new/probe"), 200);
	assert_int_equal(hc_post(c, "/new/probe", p), 400);   /* still in approval */
	assert_true(hc_has(c, "link_to-error"));
	assert_int_equal(decide("mkt_head", mine, "approve", "", 0), 303);
	assert_int_equal(decide("mkt_head", theirs, "approve", "", 0), 303);
	snprintf(idbuf, sizeof idbuf, "%lld", theirs);
	assert_int_equal(hc_post(c, "/new/probe", p), 400);   /* someone else's */
	assert_int_equal(request_count(), before);
	snprintf(idbuf, sizeof idbuf, "%lld", mine);
	assert_int_equal(hc_post(c, "/new/probe", p), 303);
	long long id = id_from_location(c);
	assert_int_equal(sql_numf("SELECT to_id FROM request_links WHERE from_id = %lld", id), mine);
	path_of(path, sizeof path, "/requests/%lld", mine);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "被引用于"));
}

static void test_handover_new_approver_decides_old_one_cannot(void **state)
{
	(void)state;
	char number[32];
	long long id = probe_in_approval("mkt_staff", "task", NULL);
	sql_strf(number, sizeof number, "SELECT number FROM requests WHERE id = %lld", id);
	long long v = version_of(id);
	assert_int_equal(decide("mkt_head", id, "handover", "on leave", user_id("mkt_deputy")), 303);
	assert_string_equal(pending(id), "mkt_deputy");
	assert_int_equal(hc_get(as("mkt_deputy"), "/inbox"), 200);
	assert_true(hc_has(as("mkt_deputy"), number));
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 403);
	assert_int_equal(decide_v(as("mkt_head"), id, v, "approve", "", 0), 409);
	assert_int_equal(decide("mkt_deputy", id, "approve", "fine", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_string_equal(pending(id), "assistant");
	assert_int_equal(audit_action(id, "handover"), 1);
	/* a hand-over to the requester is refused */
	long long id2 = probe_in_approval("mkt_staff", "task", NULL);
	long long v2 = version_of(id2), rows = audit_rows(id2);
	refused_unchanged(decide("mkt_head", id2, "handover", "", user_id("mkt_staff")), 400, id2, "in_approval", v2,
	    rows);
	assert_string_equal(pending(id2), "mkt_head");
}

static void test_add_signer_before_decides_first_then_back_to_original(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "task", NULL);
	assert_int_equal(decide("mkt_head", id, "add_before", "ask the director", user_id("director")), 303);
	assert_string_equal(pending(id), "director");
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 403);
	assert_int_equal(decide("director", id, "approve", "fine by me", 0), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_string_equal(pending(id), "assistant");
	/* in order: add_before, director's approve, then mkt_head's */
	char who[256];
	sql_strf(who, sizeof who,
	    "SELECT GROUP_CONCAT(CONCAT(u.login, ':', a.action) ORDER BY a.id SEPARATOR ',') FROM audit a"
	    " JOIN users u ON u.id = a.actor_id WHERE a.object_type = 'request' AND a.object_id = %lld"
	    " AND a.action IN ('add_before', 'approve')",
	    id);
	assert_string_equal(who, "mkt_head:add_before,director:approve,mkt_head:approve");
}

static void test_add_signer_after_decides_after_the_original(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "task", NULL);
	assert_int_equal(decide("mkt_head", id, "add_after", "director too", user_id("director")), 303);
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(decide("director", id, "approve", "", 0), 403);
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_string_equal(pending(id), "director");
	assert_int_equal(decide("director", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_string_equal(pending(id), "assistant");
}

static void test_add_signer_only_where_the_route_allows(void **state)
{
	(void)state;
	/* the "any" step has no AddSigner */
	long long id = probe_in_approval("mkt_staff", "any", NULL);
	long long v = version_of(id), rows = audit_rows(id);
	refused_unchanged(decide("finance", id, "add_before", "", user_id("director")), 400, id, "in_approval", v,
	    rows);
}

static void test_withdraw_by_requester_while_in_approval_only(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "single", NULL);
	long long v = version_of(id), rows = audit_rows(id);
	refused_unchanged(own_v(as("mkt_head"), id, "withdraw", v, ""), 403, id, "in_approval", v, rows);
	assert_int_equal(own_v(as("mkt_staff"), id, "withdraw", v, ""), 303);
	assert_string_equal(state_of(id), "withdrawn");
	assert_string_equal(pending(id), "");
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 403);
	assert_int_equal(decide_v(as("mkt_head"), id, v, "approve", "", 0), 409);
	/* approved requests cannot be withdrawn */
	long long id2 = probe_in_approval("mkt_staff", "single", NULL);
	assert_int_equal(decide("mkt_head", id2, "approve", "", 0), 303);
	long long v2 = version_of(id2);
	rows = audit_rows(id2);
	refused_unchanged(own_v(as("mkt_staff"), id2, "withdraw", v2, ""), 409, id2, "approved", v2, rows);
}

static void test_cancel_after_approval_requires_reason(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "single", NULL);
	long long v = version_of(id), rows = audit_rows(id);
	/* not yet approved */
	refused_unchanged(own_v(as("mkt_staff"), id, "cancel", v, "changed my mind"), 400, id, "in_approval", v, rows);
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	v = version_of(id);
	rows = audit_rows(id);
	refused_unchanged(own_v(as("mkt_staff"), id, "cancel", v, ""), 400, id, "approved", v, rows);
	refused_unchanged(own_v(as("mkt_head"), id, "cancel", v, "not mine"), 403, id, "approved", v, rows);
	assert_int_equal(own_v(as("mkt_staff"), id, "cancel", v, "event called off"), 303);
	assert_string_equal(state_of(id), "cancelled");
	assert_int_equal(audit_action(id, "cancel"), 1);
}

/* A type whose route has a Cancel section: the cancellation is a new
 * round; refused, the request stays approved; approved, it is cancelled. */
static void test_cancel_with_its_own_route(void **state)
{
	(void)state;
	long long id = file_note("mkt_staff", "any", "cancel-needs-approval");
	assert_int_equal(decide("finance", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(own_v(as("mkt_staff"), id, "cancel", version_of(id), "trip cancelled"), 303);
	assert_string_equal(state_of(id), "cancelling");
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(decide("mkt_head", id, "return", "why", 0), 400);   /* nothing to return */
	assert_int_equal(decide("mkt_head", id, "reject", "still needed", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(audit_action(id, "cancelled"), 0);
	assert_int_equal(own_v(as("mkt_staff"), id, "cancel", version_of(id), "really cancelled"), 303);
	assert_string_equal(state_of(id), "cancelling");
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "cancelled");
	assert_int_equal(audit_action(id, "cancelled"), 1);
	assert_int_equal(sql_numf("SELECT round FROM requests WHERE id = %lld", id), 3);
}

/* SP-03: a task the route gives the requester (a visit report) is theirs
 * to record; nobody else's, and it is no decision (AU-03 stands). */
static void test_SP03_requester_records_own_report_task(void **state)
{
	(void)state;
	long long id = file_probe("mkt_staff", "report");
	assert_string_equal(state_of(id), "approved");
	assert_string_equal(pending(id), "mkt_staff");
	assert_int_equal(task_v(as("mkt_head"), id, version_of(id), "probe"), 403);
	assert_int_equal(decide("mkt_staff", id, "approve", "", 0), 403);
	assert_int_equal(task_v(as("mkt_staff"), id, version_of(id), "probe"), 303);
	assert_string_equal(state_of(id), "reported");
}

static void test_task_step_recorded_after_manager_approves(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "task", NULL);
	assert_int_equal(task_v(as("assistant"), id, version_of(id), "probe"), 403);  /* not yet */
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_string_equal(pending(id), "assistant");
	long long v = version_of(id), rows = audit_rows(id);
	/* a task is recorded, not approved; and only by its assignee */
	refused_unchanged(decide("assistant", id, "approve", "", 0), 400, id, "approved", v, rows);
	refused_unchanged(task_v(as("mkt_head"), id, v, "probe"), 403, id, "approved", v, rows);
	refused_unchanged(task_v(as("mkt_staff"), id, v, "probe"), 403, id, "approved", v, rows);
	refused_unchanged(task_v(as("assistant"), id, v, "supplies"), 404, id, "approved", v, rows);
	assert_int_equal(task_v(as("assistant"), id, v, "probe"), 303);
	assert_string_equal(state_of(id), "done");
	assert_int_equal(audit_action(id, "task"), 1);
	assert_int_equal(task_v(as("assistant"), id, v, "probe"), 409);   /* double click */
}

/* A probe request of shape that mkt_head approves with comment: it is in
 * state after, one version on (*v: the version before).  Returns its id. */
static long long approved_one_version(const char *shape, const char *comment, const char *state, long long *v)
{
	long long id = probe_in_approval("mkt_staff", shape, NULL);
	*v = version_of(id);
	assert_int_equal(decide("mkt_head", id, "approve", comment, 0), 303);
	assert_string_equal(state_of(id), state);
	assert_int_equal(version_of(id), *v + 1);
	return id;
}

/* The approval part ending and the task step starting are one write
 * (ST_STEP_HANDOFF): the request is approved once (one version), dated,
 * and the task's step and place are pending and dated. */
static void test_approval_end_and_task_start_written_together(void **state)
{
	(void)state;
	long long v;
	long long id = approved_one_version("task", "", "approved", &v);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM requests WHERE id = %lld AND decided_at IS NOT NULL"
	    " AND updated_at = decided_at", id), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld AND state = 'pending'"
	    " AND activated_at IS NOT NULL", id), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'pending'"
	    " AND activated_at IS NOT NULL AND acting_for IS NULL", id), 1);
	assert_string_equal(pending(id), "assistant");
	assert_int_equal(audit_action(id, "approved"), 1);
	/* the task's mail follows the requester's linkless one in the same INSERT and still carries its own link */
	long long mails = sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND notice = 'step_waiting'", id);
	assert_true(mails >= 2);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND notice = 'step_waiting'"
	    " AND link_hash = CONVERT(SHA2(SUBSTRING(link, 4), 256) USING ascii) AND link_version = %lld", id, v + 1),
	    mails - 1);
}

/* The approval that ends its step is written with the next step's start
 * (ST_STEP_HANDOFF), and with the request's approval when none follows:
 * one version each, every column of both steps and their places. */
static void test_approval_end_and_next_step_start_written_together(void **state)
{
	(void)state;
	long long v;
	long long id = approved_one_version("chain", "同意𠀀", "in_approval", &v);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM requests WHERE id = %lld AND decided_at IS NULL", id), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees a JOIN request_steps s ON s.id = a.step_id"
	    " WHERE a.request_id = %lld AND s.seq = 1 AND s.state = 'done' AND s.decided_at IS NOT NULL"
	    " AND a.state = 'approved' AND a.comment = '同意𠀀' AND a.via = 'page' AND a.decided_at = s.decided_at", id), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees a JOIN request_steps s ON s.id = a.step_id"
	    " WHERE a.request_id = %lld AND s.seq = 2 AND s.state = 'pending' AND s.activated_at IS NOT NULL"
	    " AND a.state = 'pending' AND a.activated_at = s.activated_at", id), 1);
	assert_string_equal(pending(id), "director");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE request_id = %lld AND user_id = %lld"
	    " AND notice = 'step_waiting' AND link_version = %lld", id, user_id("director"), v + 1), 1);
	assert_int_equal(decide("director", id, "approve", "", 0), 303);
	assert_int_equal(version_of(id), v + 2);
	assert_int_equal(decide("gm", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(version_of(id), v + 3);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM requests r JOIN request_steps s ON s.request_id = r.id"
	    " WHERE r.id = %lld AND s.seq = 3 AND s.state = 'done' AND r.decided_at = s.decided_at", id), 1);
	assert_int_equal(audit_action(id, "approved"), 1);
}

/* ---- step kinds ----------------------------------------------------------- */

static void test_any_step_one_approval_completes_it(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "any", NULL);
	assert_string_equal(pending(id), "finance,hr_clerk");
	long long v = version_of(id);
	assert_int_equal(decide("hr_clerk", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_string_equal(pending(id), "");
	assert_int_equal(decide_v(as("finance"), id, v, "approve", "", 0), 409);
	assert_int_equal(decide("finance", id, "approve", "", 0), 403);
	assert_int_equal(audit_action(id, "approve"), 1);
}

static void test_all_step_needs_everyone(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "all", NULL);
	assert_string_equal(pending(id), "mkt_head,mkt_deputy");
	assert_int_equal(decide("mkt_deputy", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(decide("mkt_deputy", id, "approve", "", 0), 403);
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
}

static void test_SP04_two_different_signers_not_the_drafter(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_deputy", "two", NULL);
	/* the drafter, though a signer, is not offered the step */
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND user_id = %lld", id,
	    user_id("mkt_deputy"));
	assert_int_equal(sql_num(sql), 0);
	long long v = version_of(id), rows = audit_rows(id);
	refused_unchanged(decide("mkt_deputy", id, "approve", "", 0), 403, id, "in_approval", v, rows);
	refused_unchanged(decide("finance", id, "approve", "", 0), 403, id, "in_approval", v, rows);
	refused_unchanged(decide("mkt_staff", id, "approve", "", 0), 403, id, "in_approval", v, rows);
	/* no hand-over of a signature */
	refused_unchanged(decide("gm", id, "handover", "", user_id("director")), 400, id, "in_approval", v, rows);
	assert_int_equal(decide("gm", id, "approve", "signed", 0), 303);
	assert_string_equal(state_of(id), "in_approval");
	v = version_of(id);
	rows = audit_rows(id);
	refused_unchanged(decide("gm", id, "approve", "again", 0), 403, id, "in_approval", v, rows);
	assert_int_equal(decide("president", id, "approve", "signed", 0), 303);
	assert_string_equal(state_of(id), "signed");
	assert_string_equal(pending(id), "");
	assert_int_equal(audit_action(id, "approve"), 2);
}

/* SP-04: each signature is bound to the content it signed (its SHA-256,
 * shown on the request); an edit while in approval starts a new round, in
 * which every earlier signature is void and both are needed again. */
static void test_SP04_signatures_bound_to_the_version_an_edit_voids_them(void **state)
{
	(void)state;
	char path[96], v[24], again[64];
	long long id = probe_in_approval("mkt_deputy", "two", NULL);
	assert_int_equal(decide("gm", id, "approve", "signed", 0), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM signatures WHERE request_id = %lld AND round = 1"
	                          " AND CHAR_LENGTH(content_sha256) = 64", id), 1);
	char hash1[65];
	sql_strf(hash1, sizeof hash1, "SELECT content_sha256 FROM signatures WHERE request_id = %lld", id);
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_deputy"), path), 200);
	assert_true(hc_has(as("mkt_deputy"), hash1));
	/* the drafter edits it: a new round, the signature void, both needed again */
	snprintf(again, sizeof again, "two-%s-v2", tag);
	path_of(path, sizeof path, "/requests/%lld/edit", id);
	assert_int_equal(hc_get(as("mkt_deputy"), path), 200);
	path_of(path, sizeof path, "/requests/%lld/edit/probe", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *edit[] = {"note", again, "shape", "two", "refuse_on", "none", "version", v, NULL};
	assert_int_equal(hc_post(as("mkt_deputy"), path, edit), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(sql_numf("SELECT round FROM requests WHERE id = %lld", id), 2);
	assert_int_equal(audit_action(id, "edit_restart"), 1);
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_deputy"), path), 200);
	assert_true(hc_has(as("mkt_deputy"), "已作废"));
	assert_int_equal(decide("gm", id, "approve", "signed v2", 0), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(decide("president", id, "approve", "signed v2", 0), 303);
	assert_string_equal(state_of(id), "signed");
	assert_int_equal(sql_numf("SELECT COUNT(DISTINCT content_sha256) FROM signatures WHERE request_id = %lld"
	                          " AND round = 2", id), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM signatures WHERE request_id = %lld AND round = 2"
	                          " AND content_sha256 = '%s'", id, hash1), 0);
	/* someone who may not edit it cannot: not the requester, no role for it */
	path_of(path, sizeof path, "/requests/%lld/edit", id);
	assert_int_equal(hc_get(as("gm"), path), 403);
}

static void test_chain_each_level_up_to_gm_in_order(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "chain", NULL);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld", id), 3);
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(decide("director", id, "approve", "", 0), 403);
	assert_int_equal(decide("gm", id, "approve", "", 0), 403);
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	assert_string_equal(pending(id), "director");
	assert_int_equal(decide("gm", id, "approve", "", 0), 403);
	assert_int_equal(decide("director", id, "approve", "", 0), 303);
	assert_string_equal(pending(id), "gm");
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(decide("gm", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");
}

/* ---- AU-02 .. AU-04 ------------------------------------------------------- */

static void test_AU03_requester_never_decides_whatever_is_sent(void **state)
{
	(void)state;
	static const char *const actions[] = {"approve", "reject", "return", "handover", "add_before", "add_after"};
	long long id = probe_in_approval("mkt_staff", "single", NULL);
	long long other = probe_in_approval("mkt_staff", "task", NULL);
	assert_int_equal(decide("mkt_head", other, "approve", "", 0), 303);   /* other now waits on a task */
	long long v = version_of(id), rows = audit_rows(id);
	long long versions[] = {v, v + 1, v + 5, 999999};
	for (size_t a = 0; a < 6; a++)
		for (size_t k = 0; k < 4; k++) {
			long st = decide_v(as("mkt_staff"), id, versions[k], actions[a], "mine", user_id("director"));
			if (st != 403)
				fail_msg("requester %s with version %lld: %ld", actions[a], versions[k], st);
		}
	assert_string_equal(state_of(id), "in_approval");
	assert_int_equal(version_of(id), v);
	assert_int_equal(audit_rows(id), rows);
	assert_int_equal(task_v(as("mkt_staff"), other, version_of(other), "probe"), 403);
	assert_string_equal(state_of(other), "approved");
}

static void test_AU03_filer_on_behalf_passed_over_to_next_level(void **state)
{
	(void)state;
	char note[64];
	snprintf(note, sizeof note, "behalf-%s", tag);
	/* staff cannot file for others */
	long long n = request_count();
	assert_int_equal(post_probe(as("mkt_staff"), note, "single", NULL, user_id("mkt_staff2")), 403);
	assert_int_equal(request_count(), n);
	/* mkt_head files for mkt_staff: the dept_head steps pass to the director */
	assert_int_equal(post_probe(as("mkt_head"), note, "single", NULL, user_id("mkt_staff")), 303);
	long long id = id_from_location(as("mkt_head"));
	assert_int_equal(sql_numf("SELECT requester_id FROM requests WHERE id = %lld", id), user_id("mkt_staff"));
	assert_int_equal(sql_numf("SELECT filed_by_id FROM requests WHERE id = %lld", id), user_id("mkt_head"));
	assert_string_equal(pending(id), "director");
	long long v = version_of(id), rows = audit_rows(id);
	refused_unchanged(decide("mkt_head", id, "approve", "", 0), 403, id, "in_approval", v, rows);
	refused_unchanged(decide("mkt_staff", id, "approve", "", 0), 403, id, "in_approval", v, rows);
	assert_int_equal(decide("director", id, "approve", "", 0), 303);
	assert_string_equal(state_of(id), "approved");   /* "again" is the director too: skipped */
	assert_int_equal(audit_action(id, "step_skipped"), 1);
	/* the chain leaves out the filer as well */
	assert_int_equal(post_probe(as("mkt_head"), note, "chain", NULL, user_id("mkt_staff")), 303);
	id = id_from_location(as("mkt_head"));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld", id), 2);
	assert_string_equal(pending(id), "director");
}

static void test_AU03_outsider_403_on_decide_task_and_view_for_any_request(void **state)
{
	(void)state;
	char login[32];
	snprintf(login, sizeof login, "out_%s", tag);
	ready_user(login, sql_num("SELECT dept_id FROM users WHERE login = 'ext_head'"), user_id("ext_head"));
	probe_in_approval("mkt_staff", "single", NULL);
	probe_in_approval("mkt_staff", "any", NULL);
	char ids[4096];
	assert_int_equal(hc_sql("SELECT GROUP_CONCAT(CONCAT(id, ':', version, ':', type) ORDER BY id DESC SEPARATOR ' ')"
	                        " FROM (SELECT id, version, type FROM requests ORDER BY id DESC LIMIT 30) t",
	                     ids, sizeof ids),
	    0);
	int checked = 0;
	for (char *tok = strtok(ids, " "); tok; tok = strtok(NULL, " ")) {
		long long id, v;
		char type[32];
		if (sscanf(tok, "%lld:%lld:%31s", &id, &v, type) != 3)
			continue;
		long long rows = audit_rows(id);
		struct hc *c = as(login);
		long st1 = decide_v(c, id, v, "approve", "", 0), st2 = decide_v(c, id, v, "reject", "no", 0);
		long st3 = task_v(c, id, v, type), st4 = view(login, id);
		if (st1 != 403 || st2 != 403 || st3 != 403 || st4 != 403)
			fail_msg("request %lld (%s): approve %ld reject %ld task %ld view %ld", id, type, st1, st2, st3, st4);
		assert_int_equal(version_of(id), v);
		assert_int_equal(audit_rows(id), rows);
		checked++;
	}
	assert_true(checked >= 2);
	long long none = sql_num("SELECT COALESCE(MAX(id), 0) + 1000 FROM requests");
	assert_int_equal(decide_v(as(login), none, 1, "approve", "", 0), 404);
}

static void test_AU04_no_eligible_person_refused_naming_the_role_nothing_created(void **state)
{
	(void)state;
	char note[64];
	snprintf(note, sizeof note, "nobody-%s", tag);
	long long n = request_count();
	long long steps = sql_num("SELECT COUNT(*) FROM request_steps");
	assert_int_equal(post_probe(as("mkt_staff"), note, "nobody", NULL, 0), 422);
	assert_true(hc_has(as("mkt_staff"), "无法提交：找不到可审批的人员——指定人员"));
	assert_true(hc_has(as("mkt_staff"), note));   /* what was typed is kept */
	assert_int_equal(request_count(), n);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM request_steps"), steps);
}

static void test_AU02_deactivated_head_and_superior_passed_over(void **state)
{
	(void)state;
	char boss[32], staff[32], dept[48], sql[512];
	snprintf(boss, sizeof boss, "boss_%s", tag);
	snprintf(staff, sizeof staff, "staff_%s", tag);
	snprintf(dept, sizeof dept, "探针部%s", tag);
	long long mkt_dept = sql_num("SELECT dept_id FROM users WHERE login = 'mkt_head'");
	char tmp[64];
	long long boss_id = create_user(boss, mkt_dept, user_id("mkt_head"), "role_head", tmp);
	/* a department of our own headed by boss */
	char head[24];
	snprintf(head, sizeof head, "%lld", boss_id);
	assert_int_equal(hc_get(admin(), "/admin/departments"), 200);
	const char *d[] = {"name", dept, "name_en", "Probe", "head_id", head, NULL};
	assert_int_equal(hc_post(admin(), "/admin/departments", d), 303);
	snprintf(sql, sizeof sql, "SELECT id FROM departments WHERE name = '%s'", dept);
	long long dept_id = sql_num(sql);
	assert_true(dept_id > 0);
	ready_user(staff, dept_id, boss_id);

	long long before = probe_in_approval(staff, "chain", NULL);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld", before), 4);
	assert_string_equal(pending(before), boss);
	long long single = probe_in_approval(staff, "single", NULL);
	assert_string_equal(pending(single), boss);

	char path[64];
	path_of(path, sizeof path, "/admin/users/%lld", boss_id);
	assert_int_equal(hc_get(admin(), path), 200);
	path_of(path, sizeof path, "/admin/users/%lld/deactivate", boss_id);
	const char *p[] = {"confirm", "1", NULL};
	assert_int_equal(hc_post(admin(), path, p), 303);
	assert_int_equal(sql_numf("SELECT active FROM users WHERE id = %lld", boss_id), 0);

	long long chain = probe_in_approval(staff, "chain", NULL);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld", chain), 3);
	assert_string_equal(pending(chain), "mkt_head");
	long long again = probe_in_approval(staff, "single", NULL);
	assert_string_equal(pending(again), "mkt_head");
	assert_int_equal(decide("mkt_head", again, "approve", "", 0), 303);
	assert_string_equal(state_of(again), "approved");
}

/* ---- hooks ------------------------------------------------------------------ */

static void test_hook_refusing_submit_creates_nothing(void **state)
{
	(void)state;
	char note[64];
	snprintf(note, sizeof note, "refuse-%s", tag);
	long long n = request_count(), a = sql_num("SELECT COUNT(*) FROM audit");
	assert_int_equal(post_probe(as("mkt_staff"), note, "single", "submit", 0), 400);
	assert_true(hc_has(as("mkt_staff"), "测试类型的钩子拒绝了此操作。"));
	assert_int_equal(request_count(), n);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM audit"), a);
	/* a route with no step is approved at once: its approve hook's refusal
	 * refuses the submission, with the hook's own message */
	assert_int_equal(post_probe(as("mkt_staff"), note, "none", "approve", 0), 400);
	assert_true(hc_has(as("mkt_staff"), "测试类型的钩子拒绝了此操作。"));
	assert_int_equal(request_count(), n);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM audit"), a);
}

static void test_hook_refusing_approve_leaves_request_as_it_was(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "single", "approve");
	long long v = version_of(id), rows = audit_rows(id);
	refused_unchanged(decide("mkt_head", id, "approve", "", 0), 400, id, "in_approval", v, rows);
	assert_true(hc_has(as("mkt_head"), "测试类型的钩子拒绝了此操作。"));
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld AND state = 'waiting'", id),
	    1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id = %lld AND kind = 'approved'", id),
	    0);
}

static void test_hook_refusing_reject_return_withdraw_cancel_task(void **state)
{
	(void)state;
	long long id, v, rows;
	id = probe_in_approval("mkt_staff", "single", "reject");
	v = version_of(id), rows = audit_rows(id);
	refused_unchanged(decide("mkt_head", id, "reject", "no", 0), 400, id, "in_approval", v, rows);
	assert_string_equal(pending(id), "mkt_head");

	id = probe_in_approval("mkt_staff", "single", "return");
	v = version_of(id), rows = audit_rows(id);
	refused_unchanged(decide("mkt_head", id, "return", "fix", 0), 400, id, "in_approval", v, rows);

	id = probe_in_approval("mkt_staff", "single", "withdraw");
	v = version_of(id), rows = audit_rows(id);
	refused_unchanged(own_v(as("mkt_staff"), id, "withdraw", v, ""), 400, id, "in_approval", v, rows);
	assert_string_equal(pending(id), "mkt_head");

	id = probe_in_approval("mkt_staff", "single", "cancel");
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	v = version_of(id), rows = audit_rows(id);
	refused_unchanged(own_v(as("mkt_staff"), id, "cancel", v, "no longer needed"), 400, id, "approved", v, rows);

	id = probe_in_approval("mkt_staff", "task", "task");
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	v = version_of(id), rows = audit_rows(id);
	refused_unchanged(task_v(as("assistant"), id, v, "probe"), 400, id, "approved", v, rows);
	assert_string_equal(pending(id), "assistant");
}

/* ---- concurrency and stale versions ------------------------------------------ */

static void test_stale_version_and_double_click_are_409(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "chain", NULL);
	long long v = version_of(id);
	long long rows = audit_rows(id);
	refused_unchanged(decide_v(as("mkt_head"), id, v + 1, "approve", "", 0), 409, id, "in_approval", v, rows);
	assert_int_equal(decide_v(as("mkt_head"), id, v, "approve", "", 0), 303);
	long long v2 = version_of(id);
	rows = audit_rows(id);
	refused_unchanged(decide_v(as("mkt_head"), id, v, "approve", "", 0), 409, id, "in_approval", v2, rows);
	/* the next approver's page was loaded before a hand-over: stale */
	assert_int_equal(decide("director", id, "handover", "", user_id("mkt_deputy")), 303);
	rows = audit_rows(id);
	long long v3 = version_of(id);
	refused_unchanged(decide_v(as("mkt_deputy"), id, v2, "approve", "", 0), 409, id, "in_approval", v3, rows);
}

struct approval {
	const char *path, *version;
};

static long post_approval(struct hc *k, int i, void *ctx)
{
	const struct approval *a = ctx;
	(void)i;
	const char *p[] = {"action", "approve", "version", a->version, "comment", "", "target", "0", NULL};
	return hc_post(k, a->path, p);
}

/* One child per POST, each with its own connection, all with the same
 * session cookie and CSRF token, released at once (hc_race). */
static void test_50_concurrent_identical_approvals_one_wins(void **state)
{
	(void)state;
	enum { N = 50 };
	long long id = probe_in_approval("mkt_staff", "single", NULL);
	struct hc *head = as("mkt_head");
	char path[64], v[24];
	assert_int_equal(view("mkt_head", id), 200);
	snprintf(v, sizeof v, "%lld", version_of(id));
	path_of(path, sizeof path, "/requests/%lld/decide", id);
	struct approval a = {path, v};
	struct hc_race r = hc_race(head, N, post_approval, &a, 303, 409);
	int won = r.ok, stale = r.refused, other = r.other;
	if (won != 1 || stale != N - 1)
		fail_msg("303: %d, 409: %d, other: %d", won, stale, other);
	assert_int_equal(audit_action(id, "approve"), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'approved'", id),
	    1);
	assert_string_equal(state_of(id), "approved");
}

/* ---- who may read ------------------------------------------------------------ */

static void test_view_requester_approvers_and_dept_head_only(void **state)
{
	(void)state;
	long long id = probe_in_approval("mkt_staff", "any", NULL);
	assert_int_equal(view("mkt_staff", id), 200);
	assert_int_equal(view("finance", id), 200);
	assert_int_equal(view("hr_clerk", id), 200);
	assert_int_equal(view("mkt_head", id), 200);     /* the requester's department head */
	assert_int_equal(view("mkt_deputy", id), 403);   /* same department, not involved */
	assert_int_equal(view("mkt_staff2", id), 403);
	assert_int_equal(view("ext_head", id), 403);
	assert_int_equal(view("admin", id), 403);
	assert_int_equal(view("assistant", id), 403);
	/* an approver who has decided still sees it */
	assert_int_equal(decide("finance", id, "approve", "", 0), 303);
	assert_int_equal(view("finance", id), 200);
	assert_int_equal(view("hr_clerk", id), 200);
	long long none = sql_num("SELECT COALESCE(MAX(id), 0) + 1000 FROM requests");
	assert_int_equal(view("mkt_staff", none), 404);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_approve_single_and_skip_rule_records_step_skipped),
		cmocka_unit_test(test_deadlock_victim_decision_retried_whole_one_of_everything),
		cmocka_unit_test(test_reject_requires_reason),
		cmocka_unit_test(test_return_requires_reason_then_resubmit_is_a_new_round),
		cmocka_unit_test(test_draft_saved_edited_then_submitted),
		cmocka_unit_test(test_EX03_link_only_to_own_approved_request),
		cmocka_unit_test(test_handover_new_approver_decides_old_one_cannot),
		cmocka_unit_test(test_add_signer_before_decides_first_then_back_to_original),
		cmocka_unit_test(test_add_signer_after_decides_after_the_original),
		cmocka_unit_test(test_add_signer_only_where_the_route_allows),
		cmocka_unit_test(test_withdraw_by_requester_while_in_approval_only),
		cmocka_unit_test(test_cancel_after_approval_requires_reason),
		cmocka_unit_test(test_cancel_with_its_own_route),
		cmocka_unit_test(test_SP03_requester_records_own_report_task),
		cmocka_unit_test(test_task_step_recorded_after_manager_approves),
		cmocka_unit_test(test_approval_end_and_task_start_written_together),
		cmocka_unit_test(test_approval_end_and_next_step_start_written_together),
		cmocka_unit_test(test_any_step_one_approval_completes_it),
		cmocka_unit_test(test_all_step_needs_everyone),
		cmocka_unit_test(test_SP04_two_different_signers_not_the_drafter),
		cmocka_unit_test(test_SP04_signatures_bound_to_the_version_an_edit_voids_them),
		cmocka_unit_test(test_chain_each_level_up_to_gm_in_order),
		cmocka_unit_test(test_AU03_requester_never_decides_whatever_is_sent),
		cmocka_unit_test(test_AU03_filer_on_behalf_passed_over_to_next_level),
		cmocka_unit_test(test_AU03_outsider_403_on_decide_task_and_view_for_any_request),
		cmocka_unit_test(test_AU04_no_eligible_person_refused_naming_the_role_nothing_created),
		cmocka_unit_test(test_AU02_deactivated_head_and_superior_passed_over),
		cmocka_unit_test(test_hook_refusing_submit_creates_nothing),
		cmocka_unit_test(test_hook_refusing_approve_leaves_request_as_it_was),
		cmocka_unit_test(test_hook_refusing_reject_return_withdraw_cancel_task),
		cmocka_unit_test(test_stale_version_and_double_click_are_409),
		cmocka_unit_test(test_50_concurrent_identical_approvals_one_wins),
		cmocka_unit_test(test_view_requester_approvers_and_dept_head_only),
	};
	return cmocka_run_group_tests(tests, fixture_new_run, fixture_forget_clients);
}
