/*
 * test_audit.c - the audit record over real HTTP: what writes a row, what
 * the admin can filter and export, that the app's database user cannot
 * rewrite history, and that an edit or deletion made behind the app's
 * back is found by the verify page and by liaison-ctl audit-verify.
 *
 * Tests that break the chain on purpose repair it in their teardown (which
 * runs even when an assertion fails), so later test files see it intact.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

#define BOM "\xEF\xBB\xBF"

static long long admin_id;
static char mkt_dept[24], mkt_head[24];

/* ---- helpers --------------------------------------------------------- */

/* All output of SQL run as root (tab-separated rows), into a fresh string. */
static char *sql_all(const char *sql)
{
	char path[] = "/tmp/liaison-audit-XXXXXX", cmd[1024];
	int fd = mkstemp(path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	assert_non_null(f);
	fputs(sql, f);
	fclose(f);
	snprintf(cmd, sizeof cmd, "mariadb --no-defaults --socket=%s -uroot -N -B liaison < %s",
	    hc_var_path("run/mysql.sock"), path);
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	size_t n = 0, cap = 4096;
	char *out = malloc(cap);
	assert_non_null(out);
	int ch;
	while ((ch = fgetc(p)) != EOF) {
		if (n + 2 > cap) {
			char *nb = realloc(out, cap *= 2);
			assert_non_null(nb);
			out = nb;
		}
		out[n++] = (char)ch;
	}
	out[n] = '\0';
	pclose(p);
	unlink(path);
	return out;
}

static long long max_audit_id(void) { return sql_num("SELECT IFNULL(MAX(id), 0) FROM audit"); }

/* Rows after id `after` with this action and object id (0: any object). */
static long long rows_since(long long after, const char *action, long long actor, long long oid)
{
	char sql[400];
	snprintf(sql, sizeof sql, "SELECT COUNT(*) FROM audit WHERE id > %lld AND action = '%s' AND"
	    " IFNULL(actor_id, 0) = %lld AND (%lld = 0 OR object_id = %lld) AND ip = '127.0.0.1'",
	    after, action, actor, oid, oid);
	return sql_num(sql);
}

/* Create a user through the admin page, log in with the temporary
 * password and set pw.  Returns the user's client; *id gets the id. */
static struct hc *ready_user(const char *login, const char *name, const char *pw, long long *id)
{
	char tmp[64], ids[24];
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/users/new"), 200);
	const char *p[] = {"login", login, "display_name", name, "dept_id", mkt_dept, "superior_id", mkt_head,
	    "role_staff", "1", NULL};
	assert_int_equal(hc_post(a, "/admin/users/new", p), 200);
	assert_true(hc_extract(a, "<code>", '<', tmp, sizeof tmp));
	assert_true(hc_extract(a, "href=\"/admin/users/", '"', ids, sizeof ids));
	*id = atoll(ids);
	return first_login(login, tmp, pw);
}

/* Field i (from 0) of the CSV line starting at line, into out. */
static void csv_field_at(const char *line, int i, char *out, size_t n)
{
	const char *p = line;
	size_t j = 0;
	for (int f = 0; *p && *p != '\r' && *p != '\n'; f++) {
		int quoted = *p == '"';
		p += quoted;
		while (*p && (quoted ? !(p[0] == '"' && p[1] != '"') : (*p != ',' && *p != '\r'))) {
			if (quoted && p[0] == '"')
				p++;                    /* "" stands for one quote */
			if (f == i && j + 1 < n)
				out[j++] = *p;
			p++;
		}
		p += quoted && *p == '"';
		if (f == i)
			break;
		p += *p == ',';
	}
	out[j] = '\0';
}

/* Whether field col of every data line of the CSV in c equals want (and
 * there is at least one). */
static int every_row_has(const struct hc *c, int col, const char *want, int prefix)
{
	char v[512];
	int rows = 0;
	const char *line = strstr(c->body, "\r\n");
	for (line = line ? line + 2 : NULL; line && *line; line = strstr(line, "\r\n") ? strstr(line, "\r\n") + 2 : NULL) {
		csv_field_at(line, col, v, sizeof v);
		if (prefix ? strncmp(v, want, strlen(want)) : strcmp(v, want))
			return 0;
		rows++;
	}
	return rows > 0;
}

static void verify_page(struct hc *a, long long bad)
{
	char want[64];
	assert_int_equal(hc_get(a, "/admin/audit/verify"), 200);
	if (bad) {
		snprintf(want, sizeof want, " #%lld</p>", bad);
		assert_true(hc_has(a, "审计日志链在此行断裂"));
		assert_true(hc_has(a, want));
	} else {
		assert_true(hc_has(a, "审计日志完整，未发现篡改。"));
		assert_false(hc_has(a, "断裂"));
	}
}

/* liaison-ctl audit-verify: its exit status, and its output in out. */
static int ctl_verify(char *out, size_t n)
{
	char cmd[1024], path[] = "/tmp/liaison-ctl-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	snprintf(cmd, sizeof cmd, "cd '%s' && build/test/liaison-ctl -c conf/liaison.hdf -c '%s' audit-verify > %s 2>&1",
	    hc_env("LIAISON_ROOT"), hc_var_path("liaison.hdf"), path);
	int st = hc_sh(cmd);
	FILE *f = fopen(path, "r");
	out[0] = '\0';
	if (f) {
		size_t k = fread(out, 1, n - 1, f);
		out[k] = '\0';
		fclose(f);
	}
	unlink(path);
	return st;
}

/* ---- what writes a row ----------------------------------------------- */

static void test_login_success_failure_and_logout_each_audited(void **state)
{
	(void)state;
	char login[40], ghost[40], want[128];
	long long uid;
	snprintf(login, sizeof login, "aulog%s", tag);
	snprintf(ghost, sizeof ghost, "aughost%s", tag);
	struct hc *u = ready_user(login, "审计登录", "Juniper-Kettle-514", &uid), *c = hc_new();
	long long from = max_audit_id();
	assert_int_equal(try_login(c, login, "Wrong-Guess-000"), 200);
	assert_int_equal(try_login(c, ghost, "Wrong-Guess-000"), 200);
	assert_int_equal(try_login(c, login, "Juniper-Kettle-514"), 303);
	assert_int_equal(hc_get(c, "/"), 200);
	assert_int_equal(hc_post(c, "/logout", NULL), 303);
	assert_int_equal(rows_since(from, "login_fail", uid, uid), 1);
	assert_int_equal(rows_since(from, "login_ok", uid, uid), 1);
	assert_int_equal(rows_since(from, "logout", uid, uid), 1);
	/* a name that does not exist: no actor, and not the name as typed (it
	 * may be a password in the wrong box) but a fingerprint of it, the same
	 * for the same name, so repeated guesses still show */
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id > %lld AND action = 'login_fail'"
	    " AND actor_id IS NULL AND object_id IS NULL AND detail REGEXP '^unknown:[0-9a-f]{12}$'", from), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id > %lld AND detail LIKE '%%%s%%'", from, ghost), 0);
	assert_int_equal(try_login(c, ghost, "Other-Guess-111"), 200);
	assert_int_equal(sql_numf("SELECT COUNT(DISTINCT detail) FROM audit WHERE id > %lld AND action = 'login_fail'"
	    " AND actor_id IS NULL", from), 1);
	/* and the admin finds them with the filters */
	struct hc *a = admin();
	snprintf(want, sizeof want, "/admin/audit?user=%lld&action=login_fail", uid);
	assert_int_equal(hc_get(a, want), 200);
	assert_true(hc_has(a, "<td>login_fail</td>"));
	assert_false(hc_has(a, "<td>login_ok</td>"));
	assert_true(hc_has(a, "value=\"login_fail\""));
	snprintf(want, sizeof want, "/admin/audit?user=%lld", uid);
	assert_int_equal(hc_get(a, want), 200);
	assert_true(hc_has(a, "<td>login_ok</td>") && hc_has(a, "<td>logout</td>"));
	assert_true(hc_has(a, "<td>password_change</td>"));
	hc_free(u);
	hc_free(c);
}

static void post_to(struct hc *a, const char *fmt, long long id, const char *const *pairs, long want)
{
	char path[96], page[96];
	snprintf(path, sizeof path, fmt, id);
	snprintf(page, sizeof page, "/admin/users/%lld", id);
	assert_int_equal(hc_get(a, strncmp(path, "/admin/users", 12) ? "/admin/departments" : page), 200);
	assert_int_equal(hc_post(a, path, pairs), want);
}

static void test_admin_actions_each_audited_with_admin_as_actor(void **state)
{
	(void)state;
	char login[40], dname[48], path[96];
	long long uid;
	snprintf(login, sizeof login, "auadm%s", tag);
	snprintf(dname, sizeof dname, "审计部%s", tag);
	struct hc *u = ready_user(login, "审计对象", "Lantern-Thistle-736", &uid), *a = admin();
	long long from = max_audit_id();
	const char *roles[] = {"display_name", "审计对象", "dept_id", mkt_dept, "superior_id", mkt_head, "role_staff", "1",
	    "role_head", "1", NULL};
	post_to(a, "/admin/users/%lld", uid, roles, 303);
	const char *off[] = {"successor_id", "0", "confirm", "1", NULL};
	post_to(a, "/admin/users/%lld/deactivate", uid, off, 303);
	post_to(a, "/admin/users/%lld/activate", uid, NULL, 303);
	post_to(a, "/admin/users/%lld/reset-password", uid, NULL, 200);
	const char *dept[] = {"name", dname, NULL};
	post_to(a, "/admin/departments", 0, dept, 303);
	char q[160];
	snprintf(q, sizeof q, "SELECT id FROM departments WHERE name = '%s'", dname);
	long long did = sql_num(q);
	assert_true(did > 0);
	const char *dept2[] = {"name", dname, "name_en", "Audit", NULL};
	post_to(a, "/admin/departments/%lld", did, dept2, 303);
	static const char *const user_actions[] = {"user_update", "user_deactivate", "user_activate", "user_password_reset"};
	for (size_t i = 0; i < 4; i++)
		if (rows_since(from, user_actions[i], admin_id, uid) != 1)
			fail_msg("no single %s row for user %lld by the admin", user_actions[i], uid);
	assert_int_equal(rows_since(from, "dept_create", admin_id, did), 1);
	assert_int_equal(rows_since(from, "dept_update", admin_id, did), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id > %lld AND action = 'user_update'"
	    " AND detail = '%s'", from, "roles 1 -> 5"), 1);
	/* the page's object filter shows this user's history and nobody else's */
	snprintf(path, sizeof path, "/admin/audit?otype=user&oid=%lld", uid);
	assert_int_equal(hc_get(a, path), 200);
	for (size_t i = 0; i < 4; i++) {
		char cell[64];
		snprintf(cell, sizeof cell, "<td>%s</td>", user_actions[i]);
		assert_true(hc_has(a, cell));
	}
	assert_true(hc_has(a, "<td>user_create</td>"));
	assert_false(hc_has(a, "<td>dept_create</td>"));
	hc_free(u);
}

static long long ttl_before = -1;

static int teardown_setting(void **state)
{
	(void)state;
	char sql[160];
	if (ttl_before > 0) {
		snprintf(sql, sizeof sql, "UPDATE settings SET value = %lld WHERE name = 'link_ttl_hours'", ttl_before);
		hc_sql(sql, NULL, 0);
	}
	return 0;
}

static void test_setting_changes_audited_with_old_and_new_value(void **state)
{
	(void)state;
	char v[24], detail[96];
	struct hc *a = admin();
	ttl_before = sql_num("SELECT value FROM settings WHERE name = 'link_ttl_hours'");
	assert_true(ttl_before > 0);
	long long from = max_audit_id(), changed = ttl_before < 720 ? ttl_before + 1 : ttl_before - 1;
	const long long seq[2] = {changed, ttl_before};
	for (int i = 0; i < 2; i++) {
		snprintf(v, sizeof v, "%lld", seq[i]);
		const char *p[] = {"name", "link_ttl_hours", "value", v, NULL};
		assert_int_equal(hc_get(a, "/admin/settings"), 200);
		assert_int_equal(hc_post(a, "/admin/settings", p), 303);
	}
	snprintf(detail, sizeof detail, "link_ttl_hours: %lld -> %lld", ttl_before, changed);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id > %lld AND action = 'setting_change'"
	    " AND object_type = 'setting' AND detail = '%s'", from, detail), 1);
	snprintf(detail, sizeof detail, "link_ttl_hours: %lld -> %lld", changed, ttl_before);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id > %lld AND action = 'setting_change'"
	    " AND detail = '%s'", from, detail), 1);
	assert_int_equal(rows_since(from, "setting_change", admin_id, 0), 2);
	assert_int_equal(hc_get(a, "/admin/audit?otype=setting"), 200);
	snprintf(detail, sizeof detail, "<td>link_ttl_hours: %lld -&gt; %lld</td>", changed, ttl_before);
	assert_true(hc_has(a, detail));
}

/* ---- nobody can bend it ---------------------------------------------- */

static void test_app_db_user_may_only_select_and_insert_audit(void **state)
{
	(void)state;
	char *g = sql_all("SHOW GRANTS FOR 'liaison'@'localhost'");
	int audit_lines = 0;
	assert_non_null(strstr(g, "GRANT SELECT, INSERT ON `liaison`.`audit` TO `liaison`@`localhost`\n"));
	for (char *line = strtok(g, "\n"); line; line = strtok(NULL, "\n")) {
		if (strstr(line, "`audit`"))
			audit_lines++;
		if (strstr(line, " ON *.* "))
			assert_int_equal(strncmp(line, "GRANT USAGE ON *.* ", 19), 0);   /* no global rights */
		assert_null(strstr(line, "ON `liaison`.*"));                          /* nor database-wide */
	}
	assert_int_equal(audit_lines, 1);
	free(g);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM mysql.columns_priv WHERE User = 'liaison' AND Table_name = 'audit'"), 0);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM mysql.procs_priv WHERE User = 'liaison'"), 0);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM information_schema.triggers WHERE event_object_table = 'audit'"), 0);
}

static void test_no_route_writes_the_audit(void **state)
{
	(void)state;
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/admin/audit"), 200);
	assert_int_equal(hc_post(a, "/admin/audit", NULL), 405);
	assert_int_equal(hc_post(a, "/admin/audit/verify", NULL), 405);
	assert_int_equal(hc_post(a, "/admin/audit.csv", NULL), 405);
}

static long long broken_id;
static char broken_hex[4200];

static int teardown_repair_detail(void **state)
{
	(void)state;
	char sql[4400];
	if (broken_id) {
		snprintf(sql, sizeof sql, "UPDATE audit SET detail = UNHEX('%s') WHERE id = %lld", broken_hex, broken_id);
		hc_sql(sql, NULL, 0);
		broken_id = 0;
	}
	return 0;
}

static void test_edited_row_reported_by_page_and_ctl_then_repaired(void **state)
{
	(void)state;
	char sql[4400], out[512], want[64];
	struct hc *a = admin();
	verify_page(a, 0);
	long long id = sql_num("SELECT MIN(id) FROM audit WHERE id >= (SELECT MAX(id) DIV 2 FROM audit)"
	    " AND detail <> 'x'");
	assert_true(id > 0 && id < max_audit_id());
	snprintf(sql, sizeof sql, "SELECT HEX(detail) FROM audit WHERE id = %lld", id);
	assert_int_equal(hc_sql(sql, broken_hex, sizeof broken_hex), 0);
	broken_id = id;
	snprintf(sql, sizeof sql, "UPDATE audit SET detail = 'x' WHERE id = %lld", id);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	verify_page(a, id);
	assert_int_not_equal(ctl_verify(out, sizeof out), 0);
	snprintf(want, sizeof want, "BROKEN at row %lld ", id);
	assert_non_null(strstr(out, want));
	teardown_repair_detail(state);
	verify_page(a, 0);
	assert_int_equal(ctl_verify(out, sizeof out), 0);
	assert_non_null(strstr(out, "intact"));
}

/* Deleting keeps the row aside in a table of its own until it goes back. */
static int teardown_restore_row(void **state)
{
	(void)state;
	if (sql_num("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'liaison'"
	        " AND table_name = 'zz_audit_keep'") == 1)
		hc_sql("INSERT IGNORE INTO audit SELECT * FROM zz_audit_keep; DROP TABLE zz_audit_keep", NULL, 0);
	return 0;
}

static void delete_row_and_verify(long long id)
{
	char sql[300], out[512], want[64];
	struct hc *a = admin();
	verify_page(a, 0);
	snprintf(sql, sizeof sql, "CREATE TABLE zz_audit_keep AS SELECT * FROM audit WHERE id = %lld;"
	    " DELETE FROM audit WHERE id = %lld", id, id);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM zz_audit_keep"), 1);
	verify_page(a, id);
	assert_int_not_equal(ctl_verify(out, sizeof out), 0);
	snprintf(want, sizeof want, "BROKEN at row %lld ", id);
	assert_non_null(strstr(out, want));
	teardown_restore_row(NULL);
	verify_page(a, 0);
	assert_int_equal(ctl_verify(out, sizeof out), 0);
}

static void test_deleted_newest_row_detected_then_restored(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	char ghost[40];
	snprintf(ghost, sizeof ghost, "audel%s", tag);
	assert_int_equal(try_login(c, ghost, "Wrong-Guess-000"), 200);   /* a fresh newest row */
	delete_row_and_verify(max_audit_id());
	hc_free(c);
}

static void test_deleted_middle_row_detected_then_restored(void **state)
{
	(void)state;
	long long id = sql_num("SELECT MAX(id) DIV 2 FROM audit");
	assert_true(id > 1);
	delete_row_and_verify(id);
}

/* ---- reading it ------------------------------------------------------- */

static void test_csv_export_bom_attachment_and_formulas_defused(void **state)
{
	(void)state;
	static const char *const leads[] = {"=1+1", "+SUM(A1)", "@cmd", "-2+3"};
	char names[4][48], want[96], quoted[48];
	struct hc *a = admin();
	for (int i = 0; i < 4; i++) {
		snprintf(names[i], sizeof names[i], "%s%s", leads[i], tag);
		const char *p[] = {"name", names[i], NULL};
		assert_int_equal(hc_get(a, "/admin/departments"), 200);
		assert_int_equal(hc_post(a, "/admin/departments", p), 303);
	}
	snprintf(quoted, sizeof quoted, "Q\"uote%s", tag);
	const char *q[] = {"name", quoted, NULL};
	assert_int_equal(hc_post(a, "/admin/departments", q), 303);
	assert_int_equal(hc_get(a, "/admin/audit.csv?action=dept_create"), 200);
	assert_non_null(hc_header(a, "Content-Type"));
	assert_int_equal(strncmp(hc_header(a, "Content-Type"), "text/csv", 8), 0);
	assert_non_null(hc_header(a, "Content-Disposition"));
	assert_int_equal(strncmp(hc_header(a, "Content-Disposition"), "attachment", 10), 0);
	assert_int_equal(memcmp(a->body, BOM "\"Id\",\"At\",", 3 + 10), 0);
	for (int i = 0; i < 4; i++) {
		snprintf(want, sizeof want, ",\"'%s\",", names[i]);
		if (!hc_has(a, want))
			fail_msg("not defused: %s", names[i]);
		snprintf(want, sizeof want, ",\"%s\",", names[i]);
		assert_false(hc_has(a, want));
	}
	snprintf(want, sizeof want, ",\"Q\"\"uote%s\",", tag);
	assert_true(hc_has(a, want));
	assert_true(every_row_has(a, 4, "dept_create", 0));
}

static void test_filters_by_user_action_and_shanghai_date(void **state)
{
	(void)state;
	char login[40], name[48], dname[48], path[160], uids[24];
	long long uid;
	snprintf(login, sizeof login, "aufil%s", tag);
	snprintf(name, sizeof name, "审计筛选%s", tag);
	snprintf(dname, sizeof dname, "日期部%s", tag);
	struct hc *u = ready_user(login, name, "Meadow-Lantern-208", &uid), *a = admin();
	snprintf(uids, sizeof uids, "%lld", uid);
	const char *prof[] = {"email", "", "lang", "zh-CN", NULL};
	assert_int_equal(hc_get(u, "/account"), 200);
	assert_int_equal(hc_post(u, "/account", prof), 303);
	/* by user: only this user's rows */
	snprintf(path, sizeof path, "/admin/audit.csv?user=%lld", uid);
	assert_int_equal(hc_get(a, path), 200);
	assert_true(every_row_has(a, 2, uids, 0));
	assert_true(every_row_has(a, 3, name, 0));
	assert_true(hc_has(a, "\"profile_update\""));
	snprintf(path, sizeof path, "/admin/audit?user=%lld", uid);
	assert_int_equal(hc_get(a, path), 200);
	snprintf(path, sizeof path, "<option value=\"%lld\" selected>", uid);
	assert_true(hc_has(a, path));
	/* by action */
	assert_int_equal(hc_get(a, "/admin/audit.csv?action=profile_update"), 200);
	assert_true(every_row_has(a, 4, "profile_update", 0));
	/* by date: 2025-03-16 07:30 in Shanghai is still the 15th in UTC */
	hc_clock("@1742081400");
	const char *p[] = {"name", dname, NULL};
	assert_int_equal(hc_get(a, "/admin/departments"), 200);
	assert_int_equal(hc_post(a, "/admin/departments", p), 303);
	hc_clock("");
	assert_int_equal(hc_get(a, "/admin/audit.csv?action=dept_create&from=2025-03-16&to=2025-03-16"), 200);
	assert_true(hc_has(a, dname));
	assert_true(every_row_has(a, 1, "2025-03-16 ", 1));
	assert_int_equal(hc_get(a, "/admin/audit?from=2025-03-16&to=2025-03-16"), 200);
	assert_true(hc_has(a, dname));
	assert_true(hc_has(a, "2025-03-16 07:30"));
	assert_true(hc_has(a, "value=\"2025-03-16\""));
	assert_int_equal(hc_get(a, "/admin/audit?from=2025-03-15&to=2025-03-15"), 200);
	assert_false(hc_has(a, dname));
	assert_int_equal(hc_get(a, "/admin/audit?from=2025-03-17"), 200);
	assert_false(hc_has(a, dname));
	assert_int_equal(hc_get(a, "/admin/audit?to=2025-03-15"), 200);
	assert_false(hc_has(a, dname));
	hc_free(u);
}

static int teardown_clock(void **state)
{
	(void)state;
	hc_clock("");
	return 0;
}

static int group_setup(void **state)
{
	(void)state;
	new_tag();
	hc_clock("");
	admin_id = sql_num("SELECT id FROM users WHERE login = 'admin'");
	snprintf(mkt_dept, sizeof mkt_dept, "%lld", sql_num("SELECT dept_id FROM users WHERE login = 'mkt_head'"));
	snprintf(mkt_head, sizeof mkt_head, "%lld", sql_num("SELECT id FROM users WHERE login = 'mkt_head'"));
	return admin_id > 0 && atoll(mkt_dept) > 0 && atoll(mkt_head) > 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_login_success_failure_and_logout_each_audited),
		cmocka_unit_test(test_admin_actions_each_audited_with_admin_as_actor),
		cmocka_unit_test_teardown(test_setting_changes_audited_with_old_and_new_value, teardown_setting),
		cmocka_unit_test(test_app_db_user_may_only_select_and_insert_audit),
		cmocka_unit_test(test_no_route_writes_the_audit),
		cmocka_unit_test_teardown(test_edited_row_reported_by_page_and_ctl_then_repaired, teardown_repair_detail),
		cmocka_unit_test_teardown(test_deleted_newest_row_detected_then_restored, teardown_restore_row),
		cmocka_unit_test_teardown(test_deleted_middle_row_detected_then_restored, teardown_restore_row),
		cmocka_unit_test(test_csv_export_bom_attachment_and_formulas_defused),
		cmocka_unit_test_teardown(test_filters_by_user_action_and_shanghai_date, teardown_clock),
	};
	return cmocka_run_group_tests(tests, group_setup, fixture_forget_clients);
}
