/*
 * test_audit_chain.c - the audit record against the database's own
 * administrator (issue 18): the chain is keyed with HMAC-SHA256 under a key
 * the database never holds, and its head is signed (Ed25519) into an anchor
 * file outside the database.  As MariaDB's root, each test rewrites the
 * record the way an administrator could - recomputing every later hash with
 * SHA2(), or with a key of their own, or cutting the newest rows - and
 * liaison-ctl audit-verify must say so and name the anchor it contradicts.
 *
 * Every rewrite keeps the rows it touches in zz_chain_keep first; the
 * teardown puts them back (even after a failed assertion), so later test
 * files see the chain intact.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

/* A row's content exactly as audit_content() hashes it: each field as
 * "<bytes>:<value>;", NULL ids as "". */
#define AT_SQL "DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s')"
#define CONTENT_SQL \
	"CONCAT(LENGTH(id), ':', id, ';', LENGTH(" AT_SQL "), ':', " AT_SQL ", ';'," \
	" LENGTH(IFNULL(actor_id, '')), ':', IFNULL(actor_id, ''), ';', LENGTH(action), ':', action, ';'," \
	" LENGTH(object_type), ':', object_type, ';', LENGTH(IFNULL(object_id, '')), ':', IFNULL(object_id, ''), ';'," \
	" LENGTH(detail), ':', detail, ';', LENGTH(ip), ':', ip, ';', LENGTH(via), ':', via, ';')"

#define CTL_OUT 8192

/* ---- helpers --------------------------------------------------------- */

/* liaison-ctl <cmd> against the test stack: its exit status, its output in out. */
static int ctl(const char *cmd, char *out, size_t n)
{
	char line[2048], path[] = "/tmp/liaison-chain-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	snprintf(line, sizeof line, "cd '%s' && build/test/liaison-ctl -c conf/liaison.hdf -c '%s' %s > %s 2>&1",
	    hc_env("LIAISON_ROOT"), hc_var_path("liaison.hdf"), cmd, path);
	int st = hc_sh(line);
	char *text = slurp(path, NULL);
	snprintf(out, n, "%s", text ? text : "");
	free(text);
	unlink(path);
	return st;
}

static long long last_row(void) { return sql_num("SELECT IFNULL(MAX(id), 0) FROM audit"); }

/* A fresh newest row, written by the running app: a failed login. */
static long long fresh_row(void)
{
	char ghost[40];
	static int n;
	struct hc *c = hc_new();
	snprintf(ghost, sizeof ghost, "chain%s%d", tag, n++);
	long long before = last_row();
	assert_int_equal(try_login(c, ghost, "Wrong-Guess-000"), 200);
	hc_free(c);
	long long now = last_row();
	assert_true(now > before);
	return now;
}

/* liaison-ctl audit-anchor: the number of the anchor now covering the head. */
static long long anchor_now(void)
{
	char out[CTL_OUT];
	assert_int_equal(ctl("audit-anchor", out, sizeof out), 0);
	const char *p = strchr(out, '#');
	assert_non_null(p);
	return atoll(p + 1);
}

/* The hex of key id in the key file (64 digits), asserting it is there. */
static void key_hex(int id, char out[65])
{
	char *text = slurp(hc_var_path("secrets/audit-key"), NULL), want[16];
	assert_non_null(text);
	snprintf(want, sizeof want, "\n%d ", id);
	const char *p = strstr(text, want);
	assert_non_null(p);
	snprintf(out, 65, "%.64s", p + strlen(want));
	free(text);
	assert_int_equal(strlen(out), 64);
}

/* HMAC-SHA256 under hexkey of (prev || "\n" || the bytes of hex content),
 * computed by the openssl command, not by the app. */
static void hmac_of(const char *hexkey, const char *prev, const char *content_hex, char out[65])
{
	char path[] = "/tmp/liaison-mac-XXXXXX", cmd[512], line[256];
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	assert_non_null(f);
	fprintf(f, "%s\n", prev);
	for (const char *h = content_hex; h[0] && h[1]; h += 2) {
		unsigned v;
		assert_int_equal(sscanf(h, "%2x", &v), 1);
		fputc((int)v, f);
	}
	fclose(f);
	snprintf(cmd, sizeof cmd, "openssl dgst -sha256 -mac HMAC -macopt hexkey:%s -r %s", hexkey, path);
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	assert_non_null(fgets(line, sizeof line, p));
	pclose(p);
	unlink(path);
	snprintf(out, 65, "%.64s", line);
}

/* Rows from..newest and the head, kept aside before a rewrite. */
static void keep_from(long long from)
{
	char sql[400];
	snprintf(sql, sizeof sql, "DROP TABLE IF EXISTS zz_chain_keep, zz_head_keep;"
	    " CREATE TABLE zz_chain_keep AS SELECT * FROM audit WHERE id >= %lld;"
	    " CREATE TABLE zz_head_keep AS SELECT * FROM audit_head", from);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	assert_true(sql_num("SELECT COUNT(*) FROM zz_chain_keep") > 0);
}

static int teardown_restore_chain(void **state)
{
	(void)state;
	if (sql_num("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'liaison'"
	        " AND table_name = 'zz_chain_keep'") == 1)
		hc_sql("DELETE FROM audit WHERE id >= (SELECT MIN(id) FROM zz_chain_keep);"
		    " INSERT INTO audit SELECT * FROM zz_chain_keep;"
		    " UPDATE audit_head h JOIN zz_head_keep k ON k.id = h.id"
		    "   SET h.last_id = k.last_id, h.last_hash = k.last_hash, h.key_id = k.key_id;"
		    " DROP TABLE zz_chain_keep, zz_head_keep", NULL, 0);
	return 0;
}

/* Recompute rows from..newest with HMAC under hexkey and move the head, as
 * an administrator holding that key could; returns how many stored hashes
 * came out different. */
static int remac_from(long long from, const char *hexkey)
{
	static char content[40000];
	char prev[65], mac[65], sql[512];
	int changed = 0;
	long long last = last_row();
	sql_strf(prev, sizeof prev, "SELECT prev_hash FROM audit WHERE id = %lld", from);
	for (long long id = from; id <= last; id++) {
		sql_strf(content, sizeof content, "SELECT HEX(%s) FROM audit WHERE id = %lld", CONTENT_SQL, id);
		assert_true(content[0] != '\0' && strlen(content) < 4000);   /* hc_sql reads one 4 KiB line */
		hmac_of(hexkey, prev, content, mac);
		changed += sql_numf("SELECT COUNT(*) FROM audit WHERE id = %lld AND hash = '%s'", id, mac) == 0;
		snprintf(sql, sizeof sql, "UPDATE audit SET prev_hash = '%s', hash = '%s' WHERE id = %lld", prev, mac, id);
		assert_int_equal(hc_sql(sql, NULL, 0), 0);
		snprintf(prev, sizeof prev, "%s", mac);
	}
	snprintf(sql, sizeof sql, "UPDATE audit_head SET last_id = %lld, last_hash = '%s' WHERE id = 1", last, prev);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	return changed;
}

static int file_mode(const char *rel)
{
	struct stat st;
	return stat(hc_var_path(rel), &st) == 0 ? (int)(st.st_mode & 07777) : -1;
}

/* The intact state every test starts from: chain, keys and anchors agree. */
static void assert_intact(void)
{
	char out[CTL_OUT];
	int st = ctl("audit-verify", out, sizeof out);
	if (st != 0 || !strstr(out, "audit-verify: intact"))
		fail_msg("audit-verify: %s", out);
}

/* ---- the keys and the anchors ----------------------------------------- */

static void test_keys_in_0600_files_and_never_in_the_database(void **state)
{
	(void)state;
	char key[65], cmd[1024];
	anchor_now();
	assert_int_equal(file_mode("secrets/audit-key"), 0600);
	assert_int_equal(file_mode("secrets/audit-anchor.pem"), 0600);
	assert_int_equal(file_mode("audit/anchors"), 0600);
	assert_int_equal(file_mode("audit"), 0700);
	/* the anchors live outside the database's folder and the attachments */
	assert_null(strstr(hc_var_path("audit/anchors"), "/db/"));
	assert_null(strstr(hc_var_path("audit/anchors"), "/attachments/"));
	key_hex(1, key);
	/* a dump of the whole database holds neither the key nor its text */
	snprintf(cmd, sizeof cmd, "mariadb-dump --no-defaults --socket=%s -uroot --all-databases 2>/dev/null"
	    " | grep -qi %s", hc_var_path("run/mysql.sock"), key);
	assert_int_equal(hc_sh(cmd), 1);
	/* the first row of the chain switches it to key 1 */
	assert_string_equal(sql_str("SELECT CONCAT(action, ' ', detail) FROM audit WHERE id = 1"), "audit_key key=1");
	assert_int_equal(sql_num("SELECT key_id FROM audit_head"), 1);
	assert_intact();
}

static void test_ctl_anchor_signs_the_head_once_and_verify_checks_it(void **state)
{
	(void)state;
	char out[CTL_OUT], want[96];
	long long row = fresh_row();
	assert_int_equal(ctl("audit-anchor", out, sizeof out), 0);
	snprintf(want, sizeof want, ": row %lld, hash ", row);
	assert_non_null(strstr(out, "signed anchor #"));
	assert_non_null(strstr(out, want));
	/* the same head again: no second anchor */
	assert_int_equal(ctl("audit-anchor", out, sizeof out), 0);
	assert_non_null(strstr(out, "unchanged since anchor #"));
	char *text = slurp(hc_var_path("audit/anchors"), NULL);
	assert_non_null(text);
	snprintf(want, sizeof want, " row=%lld hash=", row);
	assert_non_null(strstr(text, want));
	assert_null(strstr(strstr(text, want) + 1, want));
	free(text);
	assert_int_equal(ctl("audit-verify", out, sizeof out), 0);
	assert_non_null(strstr(out, "anchors hold"));
	assert_non_null(strstr(out, "audit-verify: intact"));
}

static int teardown_real_clock(void **state)
{
	(void)state;
	clock_real();
	return 0;
}

/* Whether the anchor file has an anchor of row or later, taken at or after at. */
static int anchored_since(long long row, long long at)
{
	char *text = slurp(hc_var_path("audit/anchors"), NULL);
	int found = 0;
	for (char *p = text; p && *p && !found;) {
		long long seq, r, t;
		char hash[65];
		found = sscanf(p, "seq=%lld row=%lld hash=%64s at=%lld", &seq, &r, hash, &t) == 4 && r >= row && t >= at;
		p = strchr(p, '\n');
		p = p ? p + 1 : NULL;
	}
	free(text);
	return found;
}

static void test_scheduler_anchors_the_head_at_its_interval(void **state)
{
	(void)state;
	/* an hour and more later than the anchor the first test took: one is
	 * due, even after an earlier test ran the clock years ahead (the pass reminds and
	 * escalates first; a loaded machine may take seconds) */
	long long later = (long long)time(NULL) + 3 * 3600;
	/* the row first: a pass that finds the head where the last anchor left
	 * it looks again a minute later, and this clock stands still */
	long long row = fresh_row();
	clock_at(later);
	int seen = 0;
	for (int i = 0; i < 300 && !(seen = anchored_since(row, later)); i++)
		sleep_ms(100);
	assert_true(seen);
	clock_real();
	assert_intact();
}

/* ---- an administrator's rewrites --------------------------------------- */

static void test_sql_only_rewrite_with_sha2_reported_broken(void **state)
{
	(void)state;
	char sql[4096], out[CTL_OUT], want[64];
	fresh_row();
	fresh_row();
	long long x = last_row() - 1;
	long long anchor = anchor_now();   /* of row x + 1 or later */
	keep_from(x);
	/* one edit, then every later hash and prev_hash recomputed with SHA2()
	 * as the unkeyed chain would have them, and the head moved */
	snprintf(sql, sizeof sql,
	    "UPDATE audit SET detail = 'rewritten by root' WHERE id = %lld;"
	    " SET @prev := (SELECT prev_hash FROM audit WHERE id = %lld);"
	    " UPDATE audit SET prev_hash = @prev, hash = (@prev := SHA2(CONCAT(@prev, '\\n', %s), 256))"
	    "   WHERE id >= %lld ORDER BY id;"
	    " UPDATE audit_head SET last_hash = (SELECT hash FROM audit ORDER BY id DESC LIMIT 1) WHERE id = 1",
	    x, x, CONTENT_SQL, x);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	/* the rewrite is complete as far as SQL can tell: every link holds */
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit a JOIN audit b ON b.id = a.id + 1"
	    " WHERE a.id >= %lld AND b.prev_hash <> a.hash", x - 1), 0);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM audit_head h JOIN audit a ON a.id = h.last_id"
	    " WHERE a.hash = h.last_hash"), 1);
	assert_int_not_equal(ctl("audit-verify", out, sizeof out), 0);
	snprintf(want, sizeof want, "BROKEN at row %lld ", x);
	if (!strstr(out, want))
		fail_msg("%s", out);
	snprintf(want, sizeof want, "ANCHOR #%lld CONTRADICTED", anchor);
	if (!strstr(out, want))
		fail_msg("%s", out);
	assert_null(strstr(out, "intact, "));
	teardown_restore_chain(NULL);
	assert_intact();
}

static void test_rewrite_recomputed_with_wrong_key_reported(void **state)
{
	(void)state;
	char key[65], wrong[65], out[CTL_OUT], want[64];
	fresh_row();
	fresh_row();
	long long x = last_row() - 1;
	long long anchor = anchor_now();   /* of row x + 1 or later */
	keep_from(x);
	/* control: with the real key the same recomputation reproduces every
	 * stored hash, so this helper rewrites exactly as the app writes */
	key_hex(1, key);
	assert_int_equal(remac_from(x, key), 0);
	assert_intact();
	/* an edit MACed under a key of the administrator's own */
	assert_int_equal(hc_sql("UPDATE audit SET detail = 'rewritten with my key'"
	    " WHERE id = (SELECT MIN(id) FROM zz_chain_keep)", NULL, 0), 0);
	snprintf(wrong, sizeof wrong, "%s", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
	assert_true(remac_from(x, wrong) > 0);
	assert_int_not_equal(ctl("audit-verify", out, sizeof out), 0);
	snprintf(want, sizeof want, "BROKEN at row %lld ", x);
	if (!strstr(out, want))
		fail_msg("%s", out);
	assert_non_null(strstr(out, "computed without the key"));
	snprintf(want, sizeof want, "ANCHOR #%lld CONTRADICTED", anchor);
	if (!strstr(out, want))
		fail_msg("%s", out);
	teardown_restore_chain(NULL);
	assert_intact();
}

static void test_truncating_newest_rows_below_last_anchor_reported(void **state)
{
	(void)state;
	char sql[512], out[CTL_OUT], want[160];
	fresh_row();
	fresh_row();
	long long top = fresh_row();
	long long anchor = anchor_now();
	long long keep_to = top - 2;
	keep_from(keep_to + 1);
	/* the newest rows deleted and the head moved back: the chain itself is whole */
	snprintf(sql, sizeof sql, "DELETE FROM audit WHERE id > %lld;"
	    " UPDATE audit_head SET last_id = %lld, last_hash = (SELECT hash FROM audit WHERE id = %lld) WHERE id = 1",
	    keep_to, keep_to, keep_to);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	assert_int_not_equal(ctl("audit-verify", out, sizeof out), 0);
	assert_non_null(strstr(out, "chain intact"));
	snprintf(want, sizeof want, "ANCHOR #%lld CONTRADICTED: anchor #%lld signed ", anchor, anchor);
	if (!strstr(out, want))
		fail_msg("%s", out);
	snprintf(want, sizeof want, ", but the chain ends at row %lld: rows were removed", keep_to);
	if (!strstr(out, want))
		fail_msg("%s", out);
	teardown_restore_chain(NULL);
	assert_intact();
}


static char *anchors_before;   /* the anchor file as it was, put back by teardown_anchor_file */

static int teardown_anchor_file(void **state)
{
	(void)state;
	if (anchors_before)
		spit(hc_var_path("audit/anchors"), anchors_before);
	free(anchors_before);
	anchors_before = NULL;
	return 0;
}

static void test_edited_anchor_reported_as_forged(void **state)
{
	(void)state;
	char out[CTL_OUT];
	fresh_row();
	long long anchor = anchor_now();
	anchors_before = slurp(hc_var_path("audit/anchors"), NULL);
	assert_non_null(anchors_before);
	/* the last anchor made to name an earlier row, as a cover for a cut */
	char *text = strdup(anchors_before);
	assert_non_null(text);
	char *last = NULL;
	for (char *p = text; *p;) {
		char *end = strchr(p, '\n');
		if (!strncmp(p, "seq=", 4))
			last = p;
		if (!end)
			break;
		p = end + 1;
	}
	assert_non_null(last);
	char *row = strstr(last, " row=");
	assert_non_null(row);
	row[5] = row[5] == '1' ? '2' : '1';
	assert_int_equal(spit(hc_var_path("audit/anchors"), text), 0);
	free(text);
	assert_int_not_equal(ctl("audit-verify", out, sizeof out), 0);
	char want[96];
	snprintf(want, sizeof want, "ANCHOR #%lld CONTRADICTED: anchor #%lld (", anchor, anchor);
	if (!strstr(out, want) || !strstr(out, "the signature does not verify"))
		fail_msg("%s", out);
	teardown_anchor_file(NULL);
	assert_intact();
}

/* ---- anchors mailed to the auditors ----------------------------------- */

static char auditors_conf[] = "/tmp/liaison-auditors-XXXXXX";

static int teardown_auditors_conf(void **state)
{
	(void)state;
	unlink(auditors_conf);
	return 0;
}

/* liaison-ctl audit-anchor with Liaison.Audit.Auditors set to list. */
static int anchor_mailing(const char *list, char *out, size_t n)
{
	char text[512], cmd[128];
	if (strstr(auditors_conf, "XXXXXX")) {
		int fd = mkstemp(auditors_conf);
		assert_true(fd >= 0);
		close(fd);
	}
	snprintf(text, sizeof text, "Liaison.Audit.Auditors = %s\n", list);
	assert_int_equal(spit(auditors_conf, text), 0);
	snprintf(cmd, sizeof cmd, "-c %s audit-anchor", auditors_conf);
	return ctl(cmd, out, n);
}

static void test_new_anchor_mailed_to_each_named_auditor(void **state)
{
	(void)state;
	char out[CTL_OUT], to[2][64], want[160];
	snprintf(to[0], sizeof to[0], "auditor1%s@example.com", tag);
	snprintf(to[1], sizeof to[1], "auditor2%s@example.com", tag);
	long long from = sql_num("SELECT IFNULL(MAX(id), 0) FROM outbox");
	long long row = fresh_row();
	snprintf(want, sizeof want, "%s, %s", to[0], to[1]);
	assert_int_equal(anchor_mailing(want, out, sizeof out), 0);
	assert_non_null(strstr(out, "mailed to 2 auditors"));
	char *anchors = slurp(hc_var_path("audit/anchors"), NULL);
	assert_non_null(anchors);
	for (int i = 0; i < 2; i++) {
		long long id = sql_numf("SELECT id FROM outbox WHERE id > %lld AND to_addr = '%s'", from, to[i]);
		assert_true(id > 0);
		/* the mail carries the anchor's line exactly as the file holds it */
		const char *body = sql_str("SELECT SUBSTRING_INDEX(body_text, '\\n', -2) FROM outbox WHERE id = %lld", id);
		snprintf(want, sizeof want, "seq=");
		assert_non_null(strstr(body, want));
		snprintf(want, sizeof want, " row=%lld hash=", row);
		assert_non_null(strstr(body, want));
		char line[512];
		snprintf(line, sizeof line, "%s", body);
		line[strcspn(line, "\\\n")] = '\0';   /* mariadb -B writes a newline as \n */
		assert_non_null(strstr(anchors, line));
		assert_true(strlen(line) > 200);
		char *eml = wait_eml(id);
		assert_non_null(eml);
		assert_non_null(strstr(eml, to[i]));
		free(eml);
	}
	free(anchors);
	/* the same head again: no anchor, no mail */
	assert_int_equal(anchor_mailing(to[0], out, sizeof out), 0);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE id > %lld AND subject LIKE '%%Audit anchor%%'", from), 2);
	/* an address that is not plain: nothing queued, and the command says so */
	fresh_row();
	assert_int_not_equal(anchor_mailing("Boss <boss@example.com>", out, sizeof out), 0);
	assert_non_null(strstr(out, "mailing it to the auditors failed"));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM outbox WHERE id > %lld AND subject LIKE '%%Audit anchor%%'", from), 2);
	assert_intact();
}

/* ---- key rotation ------------------------------------------------------ */

static void test_key_rotation_recorded_in_chain_and_verified(void **state)
{
	(void)state;
	char out[CTL_OUT], key1[65], key2[65], content[40000], prev[65], mac[65];
	int before = (int)sql_num("SELECT key_id FROM audit_head");
	assert_true(before >= 1);
	assert_int_equal(ctl("audit-rotate-key", out, sizeof out), 0);
	int now = before + 1;
	assert_int_equal(sql_num("SELECT key_id FROM audit_head"), now);
	char want[32];
	snprintf(want, sizeof want, "audit_key key=%d", now);
	assert_string_equal(sql_str("SELECT CONCAT(action, ' ', detail) FROM audit ORDER BY id DESC LIMIT 1"), want);
	assert_int_equal(file_mode("secrets/audit-key"), 0600);
	/* the running workers pick the new key up from the file */
	long long row = fresh_row();
	assert_intact();
	/* that row is MACed with the new key and not with the old one */
	key_hex(before, key1);
	key_hex(now, key2);
	sql_strf(prev, sizeof prev, "SELECT prev_hash FROM audit WHERE id = %lld", row);
	sql_strf(content, sizeof content, "SELECT HEX(%s) FROM audit WHERE id = %lld", CONTENT_SQL, row);
	hmac_of(key2, prev, content, mac);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id = %lld AND hash = '%s'", row, mac), 1);
	hmac_of(key1, prev, content, mac);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM audit WHERE id = %lld AND hash = '%s'", row, mac), 0);
	/* and the anchors still hold across the rotation */
	anchor_now();
	assert_intact();
}

/* ---- backups ----------------------------------------------------------- */

static void test_backup_archive_carries_keys_and_anchors(void **state)
{
	(void)state;
	char cmd[2048];
	anchor_now();
	snprintf(cmd, sizeof cmd, "a=$(BACKUP_DIR='%s' '%s/scripts/backup.sh' backup '%s' | tail -1) && l=$(tar -tzf \"$a\")"
	    " && for f in secrets/audit-key secrets/audit-anchor.pem secrets/audit-anchor.pub audit/anchors; do"
	    "   echo \"$l\" | grep -qx \"audit-files/$f\" || exit 3;"
	    "   tar -xzOf \"$a\" \"audit-files/$f\" | cmp -s - '%s'/\"$f\" || exit 4; done; rm -f \"$a\"",
	    hc_var_path("backups"), hc_env("LIAISON_ROOT"), hc_env("LIAISON_VAR"), hc_env("LIAISON_VAR"));
	assert_int_equal(hc_sh(cmd), 0);
}

static int group_setup(void **state)
{
	(void)state;
	new_tag();
	hc_clock("");
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys_in_0600_files_and_never_in_the_database),
		cmocka_unit_test(test_ctl_anchor_signs_the_head_once_and_verify_checks_it),
		cmocka_unit_test_teardown(test_scheduler_anchors_the_head_at_its_interval, teardown_real_clock),
		cmocka_unit_test_teardown(test_sql_only_rewrite_with_sha2_reported_broken, teardown_restore_chain),
		cmocka_unit_test_teardown(test_rewrite_recomputed_with_wrong_key_reported, teardown_restore_chain),
		cmocka_unit_test_teardown(test_truncating_newest_rows_below_last_anchor_reported, teardown_restore_chain),
		cmocka_unit_test_teardown(test_edited_anchor_reported_as_forged, teardown_anchor_file),
		cmocka_unit_test_teardown(test_new_anchor_mailed_to_each_named_auditor, teardown_auditors_conf),
		cmocka_unit_test(test_key_rotation_recorded_in_chain_and_verified),
		cmocka_unit_test(test_backup_archive_carries_keys_and_anchors),
	};
	return cmocka_run_group_tests(tests, group_setup, fixture_forget_clients);
}
