/* Unit tests for engine/attach_disk (files written whole or not at all)
 * and mailer/transport's .eml files (one per Message-ID, never replaced). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "engine/attach_disk.h"
#include "mailer/mail_format.h"
#include "mailer/transport.h"

static char dir[64];

static int make_dir(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/liaison-unit-disk.XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
	(void)state;
	char path[600];
	DIR *d = opendir(dir);
	for (struct dirent *e; d && (e = readdir(d));) {
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
			unlink(path);
		}
	}
	if (d)
		closedir(d);
	return rmdir(dir);
}

/* Names in dir; *hidden counts those starting with a dot (temporary files). */
static int names(int *hidden)
{
	int n = 0;
	*hidden = 0;
	DIR *d = opendir(dir);
	for (struct dirent *e; d && (e = readdir(d));) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		n++;
		*hidden += e->d_name[0] == '.';
	}
	if (d)
		closedir(d);
	return n;
}

static void test_put_writes_whole_file_private_no_temporary_left(void **state)
{
	(void)state;
	char path[600], *back = NULL;
	size_t len = 0;
	int hidden;
	struct stat st;
	assert_int_equal(attach_disk_put(dir, "abc123", "%PDF-1.4 data", 13), 0);
	assert_int_equal(names(&hidden), 1);
	assert_int_equal(hidden, 0);
	snprintf(path, sizeof path, "%s/abc123", dir);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(attach_disk_get(dir, "abc123", &back, &len), 0);
	assert_int_equal(len, 13);
	assert_memory_equal(back, "%PDF-1.4 data", 13);
	free(back);
}

static void test_put_into_missing_folder_fails_with_errno_leaves_nothing(void **state)
{
	(void)state;
	char missing[128];
	int hidden;
	snprintf(missing, sizeof missing, "%s/not-there", dir);
	assert_int_equal(attach_disk_put(missing, "x", "data", 4), ENOENT);
	assert_int_equal(names(&hidden), 0);
}

static void test_get_of_missing_file_is_enoent(void **state)
{
	(void)state;
	char *back = (char *)1;
	size_t len = 7;
	assert_int_equal(attach_disk_get(dir, "gone", &back, &len), ENOENT);
	assert_null(back);
	assert_int_equal(len, 0);
}

static void test_full_failing_disks_are_told_as_such_others_not(void **state)
{
	(void)state;
	assert_true(attach_disk_full(ENOSPC));
	assert_true(attach_disk_full(EDQUOT));
	assert_true(attach_disk_full(EIO));
	assert_true(attach_disk_full(EROFS));
	assert_false(attach_disk_full(ENOENT));
	assert_false(attach_disk_full(EACCES));
	assert_false(attach_disk_full(0));
}

static void test_eml_one_file_per_message_id_never_replaced(void **state)
{
	(void)state;
	char err[256], *back;
	int hidden;
	struct mail_buf one = {"first\r\n", 7, 0}, two = {"second\r\n", 8, 0};
	struct transport_job a = {7, 1, "x@example.com", &one, "7.abcdef@example.com"};
	struct transport_job b = {7, 2, "x@example.com", &two, "7.abcdef@example.com"};
	assert_int_equal(transport_sent_before("", dir, a.msgid), 0);
	assert_int_equal(transport_send("", dir, &a, err, sizeof err), 0);
	assert_int_equal(transport_sent_before("", dir, a.msgid), 1);
	assert_int_equal(transport_sent_before("/usr/sbin/sendmail -t", dir, a.msgid), 0);   /* cannot be asked */
	/* a second claim of the same message writes nothing */
	assert_int_equal(transport_send("", dir, &b, err, sizeof err), TRANSPORT_ALREADY);
	assert_int_equal(names(&hidden), 1);
	assert_int_equal(hidden, 0);
	char path[600];
	snprintf(path, sizeof path, "%s/7.abcdef@example.com.eml", dir);
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	char buf[32] = "";
	back = fgets(buf, sizeof buf, f);
	fclose(f);
	assert_non_null(back);
	assert_string_equal(buf, "first\r\n");
	/* a Message-ID that would leave the folder is refused */
	struct transport_job c = {8, 1, "x@example.com", &one, "../8.abc@example.com"};
	assert_int_equal(transport_send("", dir, &c, err, sizeof err), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_put_writes_whole_file_private_no_temporary_left, make_dir,
		    remove_dir),
		cmocka_unit_test_setup_teardown(test_put_into_missing_folder_fails_with_errno_leaves_nothing, make_dir,
		    remove_dir),
		cmocka_unit_test_setup_teardown(test_get_of_missing_file_is_enoent, make_dir, remove_dir),
		cmocka_unit_test(test_full_failing_disks_are_told_as_such_others_not),
		cmocka_unit_test_setup_teardown(test_eml_one_file_per_message_id_never_replaced, make_dir, remove_dir),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
