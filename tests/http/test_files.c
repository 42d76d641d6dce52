/*
 * test_files.c - attachment files when the disk fails them (issue 18,
 * "Files and disks"): an upload onto a full disk (a 1 MB tmpfs this test
 * mounts over the stack's attachment folder, and removes again) or a
 * failing one (EIO, injected through the test build's fault file) gets
 * the 507 page 存储空间不足，请联系管理员 and leaves no file, no temporary
 * file, no attachment row and no request, and the log names the errno; a
 * transaction that fails after the file was in place takes the file back;
 * a file gone from the disk is "missing" (404), recorded and told to the
 * admins once per file and day however often it is asked for.
 *
 * Every case is a one-day sick leave in 2034 with its certificate (leave
 * is the type with a file field); setup and teardown withdraw them.
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
#include <sys/mount.h>
#include <unistd.h>

#include "client.h"

#define FULL_PAGE "存储空间不足，请联系管理员"
#define BIG (1536 * 1024)          /* more than the 1 MB tmpfs holds, less than attach_max_kb */

static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x02\0\0\0\x90wS\xde";
static int mounted;

/* A PDF of n bytes (its magic, then filler). */
static char *pdf_of(size_t n)
{
	char *p = malloc(n);
	assert_non_null(p);
	memset(p, 'x', n);
	memcpy(p, "%PDF-1.4\n", 9);
	return p;
}

static long file_sick(const char *day, const char *filename, const char *data, size_t len)
{
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/leave"), 200);
	const char *p[] = {"kind", "sick", "first", day, "first_part", "whole", "last", day, "last_part", "whole",
	    "reason", "fever", "statement", "", NULL};
	long st = hc_post_multipart(c, "/new/leave", p, "certificate", filename, data, len);
	assert_int_not_equal(st, 0);
	return st;
}

/* Every name in the attachment folder, hidden ones (temporary files) too. */
static long names_in_folder(void)
{
	DIR *d = opendir(hc_var_path("attachments"));
	long n = 0;
	assert_non_null(d);
	for (struct dirent *e; (e = readdir(d));)
		n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return n;
}

static long long rows(const char *table) { return sql_numf("SELECT COUNT(*) FROM %s", table); }

static void withdraw_2034_leave(void)
{
	hc_sql("UPDATE requests r JOIN leave_requests l ON l.request_id = r.id SET r.state = 'withdrawn'"
	       " WHERE l.first_day BETWEEN '2034-01-01' AND '2034-12-31'", NULL, 0);
}

static void unmount_small_disk(void)
{
	if (mounted && umount(hc_var_path("attachments")) == 0)
		mounted = 0;
}

static int setup(void **state)
{
	(void)state;
	withdraw_2034_leave();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unmount_small_disk();
	unlink(hc_var_path("clock.fault"));
	withdraw_2034_leave();
	hc_clock("");
	forget_clients();
	return 0;
}

/* What a refused upload must leave: the 507 page, nothing stored. */
static void assert_nothing_kept(long long req_before, long long att_before, long folder_before)
{
	struct hc *c = as("mkt_staff");
	assert_int_equal(c->status, 507);
	assert_true(hc_has(c, FULL_PAGE));
	assert_int_equal(rows("requests"), req_before);
	assert_int_equal(rows("attachments"), att_before);
	assert_int_equal(names_in_folder(), folder_before);
}

static void test_upload_onto_full_disk_gets_507_and_leaves_no_file_no_row(void **state)
{
	(void)state;
	clock_wall(2034, 3, 1, 10, 0, 0);
	assert_int_equal(mount("liaison-test-small", hc_var_path("attachments"), "tmpfs", 0, "size=1m,mode=0700"), 0);
	mounted = 1;
	long long req_before = rows("requests"), att_before = rows("attachments");
	int logged = count_in_app_log("errno ENOSPC");
	char *big = pdf_of(BIG);
	long st = file_sick("2034-03-06", "scan.pdf", big, BIG);
	free(big);
	assert_int_equal(st, 507);
	assert_nothing_kept(req_before, att_before, 0);
	assert_true(count_in_app_log("errno ENOSPC") > logged);
	/* a file that fits still goes in: the disk, not the app, was full */
	assert_int_equal(file_sick("2034-03-07", "ok.png", png, sizeof png - 1), 303);
	assert_int_equal(names_in_folder(), 1);
	assert_int_equal(rows("attachments"), att_before + 1);
	/* that file moves to the real folder, so the stack keeps no row without its file */
	char rel[128];
	snprintf(rel, sizeof rel, "attachments/%s",
	    sql_str("SELECT stored_name FROM attachments ORDER BY id DESC LIMIT 1"));
	size_t len = 0;
	char *kept = slurp(hc_var_path(rel), &len);
	assert_non_null(kept);
	unmount_small_disk();
	assert_int_equal(mounted, 0);
	FILE *f = fopen(hc_var_path(rel), "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(kept, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	free(kept);
}

static void test_upload_on_failing_disk_eio_gets_507_and_leaves_nothing(void **state)
{
	(void)state;
	clock_wall(2034, 3, 1, 10, 0, 0);
	long long req_before = rows("requests"), att_before = rows("attachments");
	long folder_before = names_in_folder();
	int logged = count_in_app_log("errno EIO");
	assert_int_equal(spit(hc_var_path("clock.fault"), "attach_write_eio\n"), 0);
	assert_int_equal(file_sick("2034-03-08", "cert.png", png, sizeof png - 1), 507);
	assert_nothing_kept(req_before, att_before, folder_before);
	assert_true(count_in_app_log("errno EIO") > logged);
	assert_int_equal(access(hc_var_path("clock.fault"), F_OK), -1);    /* the fault fired */
}

/* A file in place and its row written, then the transaction fails: the
 * rollback takes the row, and the file goes with it. */
static void test_upload_whose_transaction_fails_later_leaves_no_file(void **state)
{
	(void)state;
	clock_wall(2034, 3, 1, 10, 0, 0);
	long long req_before = rows("requests"), att_before = rows("attachments");
	long folder_before = names_in_folder();
	assert_int_equal(spit(hc_var_path("clock.fault"), "attach_after_row\n"), 0);
	assert_int_equal(file_sick("2034-03-10", "cert.png", png, sizeof png - 1), 500);
	assert_int_equal(access(hc_var_path("clock.fault"), F_OK), -1);    /* the fault fired */
	assert_int_equal(rows("requests"), req_before);
	assert_int_equal(rows("attachments"), att_before);
	assert_int_equal(names_in_folder(), folder_before);
}

static long long admins(void) { return sql_num("SELECT COUNT(*) FROM users WHERE (roles & 512) <> 0 AND active = 1"); }

static long long alerts(long long req, const char *kind)
{
	return sql_numf("SELECT COUNT(*) FROM notifications WHERE request_id = %lld AND kind = '%s'", req, kind);
}

static long download(const char *login, long long att)
{
	char path[64];
	snprintf(path, sizeof path, "/attachments/%lld", att);
	return hc_get(as(login), path);
}

static void test_missing_file_is_404_recorded_and_told_once_per_file_and_day(void **state)
{
	(void)state;
	clock_wall(2034, 3, 1, 10, 0, 0);
	assert_int_equal(file_sick("2034-03-09", "cert.png", png, sizeof png - 1), 303);
	long long req = id_from_location(as("mkt_staff"));
	long long att = sql_numf("SELECT id FROM attachments WHERE request_id = %lld", req);
	char rel[128];
	snprintf(rel, sizeof rel, "attachments/%s",
	    sql_str("SELECT stored_name FROM attachments WHERE id = %lld", att));
	assert_int_equal(unlink(hc_var_path(rel)), 0);
	/* asked for again and again, by the requester and the approver */
	for (int i = 0; i < 3; i++) {
		assert_int_equal(download("mkt_staff", att), 404);
		assert_int_equal(download("mkt_head", att), 404);
	}
	assert_null(hc_header(as("mkt_head"), "Content-Disposition"));
	assert_int_equal(audit_action(req, "attachment_missing"), 1);
	assert_int_equal(audit_action(req, "attachment_tampered"), 0);     /* gone is not swapped */
	assert_true(admins() > 0);
	assert_int_equal(alerts(req, "attachment_missing"), admins());
	assert_int_equal(notes("admin", req, "attachment_missing"), 1);
	/* the next day: once more, then quiet again */
	clock_wall(2034, 3, 2, 10, 0, 0);
	assert_int_equal(download("mkt_staff", att), 404);
	assert_int_equal(download("mkt_staff", att), 404);
	assert_int_equal(audit_action(req, "attachment_missing"), 2);
	assert_int_equal(alerts(req, "attachment_missing"), 2 * admins());
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_upload_onto_full_disk_gets_507_and_leaves_no_file_no_row, teardown),
		cmocka_unit_test_teardown(test_upload_on_failing_disk_eio_gets_507_and_leaves_nothing, teardown),
		cmocka_unit_test_teardown(test_upload_whose_transaction_fails_later_leaves_no_file, teardown),
		cmocka_unit_test_teardown(test_missing_file_is_404_recorded_and_told_once_per_file_and_day, teardown),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
