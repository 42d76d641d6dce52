/*
 * test_attach.c - attachments over real HTTP: checked by content, size
 * limit (attach_max_kb), stored outside the web root under server-made
 * names, served with Content-Disposition: attachment and nosniff only to
 * those the type allows, views of sensitive files audited, SHA-256 kept
 * and checked when served, no way to replace one.
 *
 * The only request type with a file field is leave (its "certificate",
 * sensitive: a medical certificate), so every case here is a sick leave of
 * one day in March 2033 (test_leave.c uses 2031, test_attendance.c 2032),
 * filed a week ahead so LV-02's deadline is far.  Each test uses its own
 * days; the setup and teardown withdraw the leave of 2033 so the file runs
 * again on the same stack.  Sessions do not survive a jump of the clock,
 * so each jump logs everyone in again.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "client.h"

/* ---- files ------------------------------------------------------------ */

/* A few bytes with the right magic: the content is what is checked. */
static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x02\0\0\0\x90wS\xde";
static const char jpeg[] = "\xFF\xD8\xFF\xE0\0\x10JFIF\0\1\1\0\0\1\0\1\0\0\xFF\xD9";
static const char pdf[] = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
static const char text[] = "This is a plain text note, not a medical certificate.\n";
static const char html[] = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n";
/* Another valid PNG of the same size as png, for swapping on disk. */
static const char png_other[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\2\0\0\0\2\x08\x02\0\0\0\x90wS\xde";

#define BAD_TYPE "id=\"certificate-error\">只接受 PDF、JPEG 或 PNG 文件。</span>"
#define TOO_LARGE "id=\"certificate-error\">文件超过了允许的大小。</span>"

/* ---- helpers ---------------------------------------------------------- */

/* Files a one-day sick leave on day as login, with the file as its
 * certificate (filename NULL: none); returns the status. */
static long file_sick(const char *login, const char *day, const char *filename, const char *data, size_t len)
{
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/leave"), 200);
	const char *p[] = {"kind", "sick", "first", day, "first_part", "whole", "last", day, "last_part", "whole",
	    "reason", "fever", "statement", "", NULL};
	long st = hc_post_multipart(c, "/new/leave", p, filename ? "certificate" : NULL, filename, data, len);
	assert_int_not_equal(st, 0);
	return st;
}

/* The same, expected to be accepted: the new request's id. */
static long long filed_sick(const char *login, const char *day, const char *filename, const char *data, size_t len)
{
	assert_int_equal(file_sick(login, day, filename, data, len), 303);
	return id_from_location(as(login));
}

static long long attachment_of(long long request)
{
	return sql_numf("SELECT id FROM attachments WHERE request_id = %lld AND label = 'certificate'", request);
}

static long long attachment_rows(void) { return sql_num("SELECT COUNT(*) FROM attachments"); }

static long long leave_rows(void) { return sql_num("SELECT COUNT(*) FROM requests WHERE type = 'leave'"); }

static long long audit_count(long long request, const char *action)
{
	char sql[512];
	snprintf(sql, sizeof sql,
	    "SELECT COUNT(*) FROM audit WHERE object_type = 'request' AND object_id = %lld AND action = '%s'", request,
	    action);
	return sql_num(sql);
}

/* Files in the stack's attachment folder. */
static long files_stored(void)
{
	DIR *d = opendir(hc_var_path("attachments"));
	long n = 0;
	assert_non_null(d);
	for (struct dirent *e; (e = readdir(d));)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

static const char *stored_path(long long attachment)
{
	static char path[1024];
	char rel[128];
	snprintf(rel, sizeof rel, "attachments/%s",
	    sql_str("SELECT stored_name FROM attachments WHERE id = %lld", attachment));
	snprintf(path, sizeof path, "%s", hc_var_path(rel));
	return path;
}

/* The whole file into buf; its length, or -1. */
static long read_file(const char *path, char *buf, size_t cap)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	size_t n = fread(buf, 1, cap, f);
	fclose(f);
	return (long)n;
}

static void write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* SHA-256 of data as the database computes it (not the app's code). */
static const char *sha256_by_db(const char *data, size_t len)
{
	static char out[128];
	char *sql = malloc(2 * len + 64);
	assert_non_null(sql);
	int n = snprintf(sql, 64, "SELECT SHA2(UNHEX('");
	for (size_t i = 0; i < len; i++)
		n += snprintf(sql + n, 3, "%02x", (unsigned char)data[i]);
	snprintf(sql + n, 64, "'), 256)");
	out[0] = '\0';
	assert_int_equal(hc_sql(sql, out, sizeof out), 0);
	free(sql);
	assert_int_equal(strlen(out), 64);
	return out;
}

static int is_hex64(const char *s)
{
	return strlen(s) == 64 && strspn(s, "0123456789abcdef") == 64;
}

/* GET /attachments/:id as login; the status. */
static long download(const char *login, long long attachment)
{
	char path[64];
	snprintf(path, sizeof path, "/attachments/%lld", attachment);
	return hc_get(as(login), path);
}

/* What a successful download must look like: a file to save, its type
 * the sniffed kind, not to be sniffed again, and the bytes uploaded. */
static void assert_served(const char *login, const char *ctype, const char *data, size_t len)
{
	struct hc *c = as(login);
	const char *h = hc_header(c, "Content-Disposition");
	assert_non_null(h);
	assert_int_equal(strncmp(h, "attachment;", 11), 0);
	h = hc_header(c, "X-Content-Type-Options");
	assert_non_null(h);
	assert_string_equal(h, "nosniff");
	h = hc_header(c, "Content-Type");
	assert_non_null(h);
	assert_string_equal(h, ctype);
	assert_int_equal(c->len, len);
	assert_memory_equal(c->body, data, len);
}

static long long setting_value(const char *name)
{
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT value FROM settings WHERE name = '%s'", name);
	return sql_num(sql);
}

/* Through the admin's settings page, as the issue says. */
static void set_attach_max_kb(long long kb)
{
	char v[32];
	struct hc *a = as("admin");
	snprintf(v, sizeof v, "%lld", kb);
	assert_int_equal(hc_get(a, "/admin/settings"), 200);
	const char *p[] = {"name", "attach_max_kb", "value", v, NULL};
	assert_int_equal(hc_post(a, "/admin/settings", p), 303);
	assert_int_equal(setting_value("attach_max_kb"), kb);
}

static long long max_kb_before = -1;

static void withdraw_2033_leave(void)
{
	hc_sql("UPDATE requests r JOIN leave_requests l ON l.request_id = r.id SET r.state = 'withdrawn'"
	       " WHERE l.first_day BETWEEN '2033-01-01' AND '2033-12-31'", NULL, 0);
}

static int setup(void **state)
{
	(void)state;
	hc_clock("");
	withdraw_2033_leave();
	max_kb_before = setting_value("attach_max_kb");
	return max_kb_before > 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char sql[160];
	/* A failed size test must not leave the limit low for the files after. */
	snprintf(sql, sizeof sql, "UPDATE settings SET value = %lld WHERE name = 'attach_max_kb'", max_kb_before);
	if (max_kb_before > 0 && setting_value("attach_max_kb") != max_kb_before)
		hc_sql(sql, NULL, 0);
	withdraw_2033_leave();
	hc_clock("");
	forget_clients();
	return 0;
}

/* ---- accepted by content ---------------------------------------------- */

static void test_png_jpeg_pdf_accepted_kind_by_content_not_name(void **state)
{
	(void)state;
	clock_wall(2033, 3, 1, 10, 0, 0);
	long long a = filed_sick("mkt_staff", "2033-03-07", "cert.png", png, sizeof png - 1);
	long long b = filed_sick("mkt_staff", "2033-03-08", "photo.jpg", jpeg, sizeof jpeg - 1);
	/* A PDF under a .png name is a PDF. */
	long long c = filed_sick("mkt_staff", "2033-03-09", "scan.png", pdf, sizeof pdf - 1);
	assert_string_equal(sql_str("SELECT kind FROM attachments WHERE request_id = %lld", a), "png");
	assert_string_equal(sql_str("SELECT kind FROM attachments WHERE request_id = %lld", b), "jpeg");
	assert_string_equal(sql_str("SELECT kind FROM attachments WHERE request_id = %lld", c), "pdf");
	assert_int_equal(sql_numf("SELECT size FROM attachments WHERE request_id = %lld", c), sizeof pdf - 1);
	assert_int_equal(sql_numf("SELECT is_sensitive FROM attachments WHERE request_id = %lld", a), 1);
	assert_string_equal(sql_str("SELECT counted_as FROM leave_requests WHERE request_id = %lld", a), "sick");
	/* Served as what the content is. */
	assert_int_equal(download("mkt_staff", attachment_of(c)), 200);
	assert_served("mkt_staff", "application/pdf", pdf, sizeof pdf - 1);
	assert_int_equal(download("mkt_staff", attachment_of(b)), 200);
	assert_served("mkt_staff", "image/jpeg", jpeg, sizeof jpeg - 1);
	/* The request page links it. */
	char path[64], link[64];
	snprintf(path, sizeof path, "/requests/%lld", a);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	snprintf(link, sizeof link, "href=\"/attachments/%lld\"", attachment_of(a));
	assert_true(hc_has(as("mkt_staff"), link));
}

/* ---- refused by content ----------------------------------------------- */

static void refused_bad_type(const char *filename, const char *data, size_t len)
{
	long long rows = attachment_rows(), leaves = leave_rows();
	long files = files_stored();
	assert_int_equal(file_sick("mkt_staff", "2033-03-10", filename, data, len), 400);
	assert_true(hc_has(as("mkt_staff"), BAD_TYPE));
	assert_int_equal(attachment_rows(), rows);
	assert_int_equal(leave_rows(), leaves);
	assert_int_equal(files_stored(), files);
}

static void test_text_as_pdf_html_as_png_and_empty_refused_nothing_stored(void **state)
{
	(void)state;
	clock_wall(2033, 3, 1, 10, 0, 0);
	refused_bad_type("certificate.pdf", text, sizeof text - 1);
	refused_bad_type("certificate.png", html, sizeof html - 1);
	/* "%PDF-" somewhere but not at the start is no PDF either. */
	refused_bad_type("note.pdf", "note\n%PDF-1.4\n", 14);
	/* A chosen file that is empty is no certificate: not silently dropped. */
	refused_bad_type("empty.pdf", "", 0);
}

/* ---- size limit -------------------------------------------------------- */

static void test_file_over_attach_max_kb_refused_at_limit_accepted(void **state)
{
	(void)state;
	clock_wall(2033, 3, 1, 10, 0, 0);
	const size_t limit = 64 * 1024;
	char *big = calloc(1, limit + 1);
	assert_non_null(big);
	memcpy(big, png, sizeof png - 1);
	set_attach_max_kb(64);
	long long rows = attachment_rows(), leaves = leave_rows();
	long files = files_stored();
	assert_int_equal(file_sick("mkt_staff2", "2033-03-14", "big.png", big, limit + 1), 400);
	assert_true(hc_has(as("mkt_staff2"), TOO_LARGE));
	assert_int_equal(attachment_rows(), rows);
	assert_int_equal(leave_rows(), leaves);
	assert_int_equal(files_stored(), files);
	/* Exactly the limit is allowed. */
	long long id = filed_sick("mkt_staff2", "2033-03-14", "big.png", big, limit);
	assert_int_equal(sql_numf("SELECT size FROM attachments WHERE request_id = %lld", id), (long long)limit);
	/* Restored, the same file over the old limit is accepted again. */
	set_attach_max_kb(max_kb_before);
	filed_sick("mkt_staff2", "2033-03-15", "big.png", big, limit + 1);
	free(big);
}

/* ---- stored outside the web root ------------------------------------- */

static void test_stored_under_server_name_outside_web_root_not_served(void **state)
{
	(void)state;
	clock_wall(2033, 3, 1, 10, 0, 0);
	long long id = filed_sick("mkt_staff", "2033-03-21", "my-certificate.png", png, sizeof png - 1);
	long long att = attachment_of(id);
	char stored[128], path[1200];
	snprintf(stored, sizeof stored, "%s", sql_str("SELECT stored_name FROM attachments WHERE id = %lld", att));
	assert_true(is_hex64(stored));
	assert_string_equal(sql_str("SELECT filename FROM attachments WHERE id = %lld", att), "my-certificate.png");
	/* On disk under the server's name, the bytes uploaded. */
	char buf[256];
	assert_int_equal(read_file(stored_path(att), buf, sizeof buf), sizeof png - 1);
	assert_memory_equal(buf, png, sizeof png - 1);
	/* Neither the stored name nor the data folder is reachable by URL. */
	const char *tries[] = {"/attachments/%s", "/var/attachments/%s", "/static/../attachments/%s",
	    "/attachments/my-certificate.png%.0s", "/static/attachments/%s"};
	struct hc *c = as("mkt_staff");
	for (size_t i = 0; i < sizeof tries / sizeof tries[0]; i++) {
		snprintf(path, sizeof path, tries[i], stored);
		assert_int_equal(hc_get(c, path), 404);
		assert_null(memmem(c->body, c->len, png, sizeof png - 1));
	}
	snprintf(path, sizeof path, "%s/%s", hc_var_path("attachments"), stored);
	assert_int_equal(hc_get(c, path), 404);
	assert_null(memmem(c->body, c->len, png, sizeof png - 1));
}

/* ---- who may see a medical certificate -------------------------------- */

static void test_sensitive_served_to_requester_approver_clerk_only_views_audited(void **state)
{
	(void)state;
	clock_wall(2033, 3, 1, 10, 0, 0);
	long long id = filed_sick("mkt_staff", "2033-03-16", "cert.png", png, sizeof png - 1);
	long long att = attachment_of(id);
	assert_true(att > 0);
	long long views = audit_count(id, "attachment_view");
	assert_int_equal(views, 0);
	/* The requester, the approver of this request, the attendance clerk. */
	const char *may[] = {"mkt_staff", "mkt_head", "hr_clerk"};
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(download(may[i], att), 200);
		assert_served(may[i], "image/png", png, sizeof png - 1);
		assert_int_equal(audit_count(id, "attachment_view"), (long long)i + 1);
	}
	/* Not the admin, a colleague, another department's staff, nor the
	 * director above the department (no approver of a one-day leave). */
	const char *may_not[] = {"admin", "mkt_staff2", "ext_staff", "director"};
	for (size_t i = 0; i < 4; i++) {
		assert_int_equal(download(may_not[i], att), 403);
		assert_null(memmem(as(may_not[i])->body, as(may_not[i])->len, png, sizeof png - 1));
	}
	assert_int_equal(audit_count(id, "attachment_view"), 3);
	/* Copied on the request (as other types' routes do), the director may
	 * read the request but still not the medical certificate. */
	char sql[256], path[64];
	snprintf(sql, sizeof sql, "INSERT INTO request_cc SELECT %lld, id, NOW() FROM users WHERE login = 'director'", id);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("director"), path), 200);
	assert_int_equal(download("director", att), 403);
	assert_int_equal(audit_count(id, "attachment_view"), 3);
	/* Each view is one row: the requester again makes four. */
	assert_int_equal(download("mkt_staff", att), 200);
	assert_int_equal(audit_count(id, "attachment_view"), 4);
	char who[64];
	snprintf(sql, sizeof sql, "SELECT u.login FROM audit a JOIN users u ON u.id = a.actor_id WHERE a.action ="
	    " 'attachment_view' AND a.object_id = %lld ORDER BY a.id", id);
	assert_int_equal(hc_sql(sql, who, sizeof who), 0);
	assert_string_equal(who, "mkt_staff");
	/* Not logged in: no file. */
	struct hc *anon = hc_new();
	snprintf(path, sizeof path, "/attachments/%lld", att);
	assert_int_not_equal(hc_get(anon, path), 200);
	assert_null(memmem(anon->body, anon->len, png, sizeof png - 1));
	hc_free(anon);
	assert_int_equal(audit_count(id, "attachment_view"), 4);
}

/* ---- SHA-256 at upload, checked when served ----------------------------- */

static void test_sha256_recorded_at_upload_swapped_file_refused_and_reported(void **state)
{
	(void)state;
	clock_wall(2033, 3, 1, 10, 0, 0);
	long long id = filed_sick("mkt_staff", "2033-03-17", "cert.png", png, sizeof png - 1);
	long long att = attachment_of(id);
	char want[80], detail[160];
	snprintf(want, sizeof want, "%s", sha256_by_db(png, sizeof png - 1));
	assert_string_equal(sql_str("SELECT sha256 FROM attachments WHERE id = %lld", att), want);
	/* The upload's audit row carries the same hash. */
	assert_int_equal(audit_count(id, "attachment_add"), 1);
	const char *add = sql_str("SELECT detail FROM audit WHERE action = 'attachment_add' AND object_id = %lld", id);
	snprintf(detail, sizeof detail, "sha256=%s", want);
	assert_non_null(strstr(add, detail));
	assert_int_equal(download("mkt_staff", att), 200);

	/* Swapped on disk (same size, still a PNG): refused, reported, not served. */
	const char *path = stored_path(att);
	write_file(path, png_other, sizeof png_other - 1);
	long long views = audit_count(id, "attachment_view");
	assert_int_equal(download("mkt_head", att), 409);
	assert_true(hc_has(as("mkt_head"), "附件已被改动"));
	assert_null(hc_header(as("mkt_head"), "Content-Disposition"));
	assert_null(memmem(as("mkt_head")->body, as("mkt_head")->len, png_other, sizeof png_other - 1));
	assert_int_equal(audit_count(id, "attachment_tampered"), 1);
	assert_int_equal(audit_count(id, "attachment_view"), views);
	/* asked for again the same day: refused, but recorded and told once */
	long long told = sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id = %lld"
	    " AND kind = 'attachment_tampered'", id);
	assert_true(told > 0);
	assert_int_equal(download("mkt_staff", att), 409);
	assert_int_equal(download("mkt_head", att), 409);
	assert_int_equal(audit_count(id, "attachment_tampered"), 1);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id = %lld"
	    " AND kind = 'attachment_tampered'", id), told);
	/* The admins see it in the audit log (though not the file). */
	struct hc *a = as("admin");
	assert_int_equal(hc_get(a, "/admin/audit?action=attachment_tampered"), 200);
	char shown[64];
	snprintf(shown, sizeof shown, "attachment %lld certificate", att);
	assert_true(hc_has(a, shown));
	/* Put back, it is served again: the check is of the bytes. */
	write_file(path, png, sizeof png - 1);
	assert_int_equal(download("mkt_staff", att), 200);
	assert_served("mkt_staff", "image/png", png, sizeof png - 1);
}

/* ---- nothing replaces an attachment ------------------------------------- */

static void test_no_route_replaces_an_attachment_not_after_decision(void **state)
{
	(void)state;
	clock_wall(2033, 3, 1, 10, 0, 0);
	long long id = filed_sick("mkt_staff", "2033-03-18", "cert.png", png, sizeof png - 1);
	long long att = attachment_of(id);
	char path[64], sha[80], stored[80];
	snprintf(sha, sizeof sha, "%s", sql_str("SELECT sha256 FROM attachments WHERE id = %lld", att));
	snprintf(stored, sizeof stored, "%s", sql_str("SELECT stored_name FROM attachments WHERE id = %lld", att));
	struct hc *c = as("mkt_staff");
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	/* No POST on the attachment's own URL. */
	snprintf(path, sizeof path, "/attachments/%lld", att);
	long st = hc_post_multipart(c, path, NULL, "certificate", "new.png", png_other, sizeof png_other - 1);
	assert_true(st == 404 || st == 405);
	/* Approved by the manager; then the certificate route will not take another. */
	char v[24];
	snprintf(v, sizeof v, "%lld", version_of(id));
	struct hc *m = as("mkt_head");
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(m, path), 200);
	snprintf(path, sizeof path, "/requests/%lld/decide", id);
	const char *p[] = {"action", "approve", "version", v, "comment", "ok", NULL};
	assert_int_equal(hc_post(m, path, p), 303);
	assert_string_equal(state_of(id), "approved");
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	snprintf(path, sizeof path, "/leave/%lld/certificate", id);
	assert_int_not_equal(hc_post_multipart(c, path, NULL, "certificate", "new.png", png_other, sizeof png_other - 1),
	    303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM attachments WHERE request_id = %lld", id), 1);
	assert_string_equal(sql_str("SELECT sha256 FROM attachments WHERE id = %lld", att), sha);
	assert_string_equal(sql_str("SELECT stored_name FROM attachments WHERE id = %lld", att), stored);
	assert_int_equal(download("mkt_staff", att), 200);
	assert_served("mkt_staff", "image/png", png, sizeof png - 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_png_jpeg_pdf_accepted_kind_by_content_not_name),
		cmocka_unit_test(test_text_as_pdf_html_as_png_and_empty_refused_nothing_stored),
		cmocka_unit_test(test_file_over_attach_max_kb_refused_at_limit_accepted),
		cmocka_unit_test(test_stored_under_server_name_outside_web_root_not_served),
		cmocka_unit_test(test_sensitive_served_to_requester_approver_clerk_only_views_audited),
		cmocka_unit_test(test_sha256_recorded_at_upload_swapped_file_refused_and_reported),
		cmocka_unit_test(test_no_route_replaces_an_attachment_not_after_decision),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
