/* Unit tests for auth/password: PBKDF2 hashing, verify, policy, list. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "auth/password.h"

#define TEST_ITER 1000u

/* PBKDF2-HMAC-SHA256("correct horse 马", salt 00..0f, 1000) computed
 * independently (Python hashlib), in the stored format. */
static const char KNOWN_STORED[] =
	"pbkdf2_sha256$1000$000102030405060708090a0b0c0d0e0f$"
	"2abfb3b8c2b8178b13f15eb664980873f7682145b66fb0556f14b38c6a242199";

static double now_sec(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int is_lower_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* Writes text to a fresh temp file; the caller unlinks path. */
static void write_temp(char path[64], const char *text)
{
	strcpy(path, "/tmp/test_password_XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

/* Repeats the UTF-8 sequence unit n times into out. */
static void repeat(char *out, size_t outsz, const char *unit, int n)
{
	size_t ul = strlen(unit);

	assert_true(ul * (size_t)n < outsz);
	for (int i = 0; i < n; i++)
		memcpy(out + ul * (size_t)i, unit, ul);
	out[ul * (size_t)n] = '\0';
}

/* ---- hashing ---------------------------------------------------------- */

static void test_hash_roundtrip_matches(void **state)
{
	(void)state;
	char stored[PW_HASH_MAX];

	assert_int_equal(pw_hash("Tr0ub4dor&3 密码", TEST_ITER, stored), 0);
	assert_int_equal(pw_verify("Tr0ub4dor&3 密码", stored, TEST_ITER, NULL), 1);
}

static void test_wrong_password_no_match(void **state)
{
	(void)state;
	char stored[PW_HASH_MAX];
	int rehash = -1;

	assert_int_equal(pw_hash("Tr0ub4dor&3", TEST_ITER, stored), 0);
	assert_int_equal(pw_verify("tr0ub4dor&3", stored, TEST_ITER, &rehash), 0);
	assert_int_equal(rehash, 0);
	assert_int_equal(pw_verify("Tr0ub4dor&", stored, TEST_ITER, NULL), 0);
	assert_int_equal(pw_verify("", stored, TEST_ITER, NULL), 0);
	assert_int_equal(pw_verify(NULL, stored, TEST_ITER, NULL), 0);
}

static void test_stored_format_has_iterations_salt_key(void **state)
{
	(void)state;
	char stored[PW_HASH_MAX];
	const char prefix[] = "pbkdf2_sha256$1000$";

	assert_int_equal(pw_hash("format-check", TEST_ITER, stored), 0);
	assert_memory_equal(stored, prefix, strlen(prefix));
	const char *salt = stored + strlen(prefix);
	assert_true(is_lower_hex(salt, 32));
	assert_int_equal(salt[32], '$');
	assert_true(is_lower_hex(salt + 33, 64));
	assert_int_equal(strlen(salt + 33), 64);
}

static void test_same_password_gets_different_salt(void **state)
{
	(void)state;
	char a[PW_HASH_MAX], b[PW_HASH_MAX];

	assert_int_equal(pw_hash("same-password", TEST_ITER, a), 0);
	assert_int_equal(pw_hash("same-password", TEST_ITER, b), 0);
	assert_string_not_equal(a, b);
	assert_int_equal(pw_verify("same-password", b, TEST_ITER, NULL), 1);
}

static void test_verify_matches_independent_pbkdf2_vector(void **state)
{
	(void)state;
	assert_int_equal(pw_verify("correct horse 马", KNOWN_STORED, TEST_ITER,
							   NULL), 1);
	assert_int_equal(pw_verify("correct horse", KNOWN_STORED, TEST_ITER,
							   NULL), 0);
}

static void test_stored_iteration_count_is_used(void **state)
{
	(void)state;
	char other[sizeof KNOWN_STORED + 1];

	/* Same salt and key but a different count must no longer match. */
	snprintf(other, sizeof other, "%s", KNOWN_STORED);
	memcpy(other + strlen("pbkdf2_sha256$"), "1001", 4);
	assert_int_equal(pw_verify("correct horse 马", other, TEST_ITER, NULL), 0);
}

static void test_needs_rehash_when_setting_rises(void **state)
{
	(void)state;
	char stored[PW_HASH_MAX];
	int rehash = -1;

	assert_int_equal(pw_hash("rehash-me-please", TEST_ITER, stored), 0);
	assert_int_equal(pw_verify("rehash-me-please", stored, TEST_ITER, &rehash),
					 1);
	assert_int_equal(rehash, 0);
	assert_int_equal(pw_verify("rehash-me-please", stored, TEST_ITER - 1,
							   &rehash), 1);
	assert_int_equal(rehash, 0);
	assert_int_equal(pw_verify("rehash-me-please", stored, TEST_ITER + 1,
							   &rehash), 1);
	assert_int_equal(rehash, 1);
	assert_int_equal(pw_verify("rehash-me-pleasE", stored, TEST_ITER + 1,
							   &rehash), 0);
	assert_int_equal(rehash, 0);
}

static void test_malformed_stored_strings_never_match(void **state)
{
	(void)state;
	const char *salt = "000102030405060708090a0b0c0d0e0f";
	const char *key =
		"2abfb3b8c2b8178b13f15eb664980873f7682145b66fb0556f14b38c6a242199";
	static const char *const fmts[] = {
		"",                                     /* empty */
		"pbkdf2_sha256$1000$%s",                /* key missing */
		"pbkdf2_sha256$1000$%s$",               /* key empty */
		"pbkdf2_sha256$%s$%s",                  /* count missing */
		"pbkdf2_sha256$$%s$%s",                 /* count empty */
		"pbkdf2_sha1$1000$%s$%s",               /* other scheme */
		"PBKDF2_SHA256$1000$%s$%s",
		"$1000$%s$%s",
		"pbkdf2_sha256$1000$%s$%s$",            /* extra part */
		"pbkdf2_sha256$1000$%s$%s$00",
		"pbkdf2_sha256$1000$%s$%s ",            /* trailing junk */
		"pbkdf2_sha256$0$%s$%s",                /* absurd counts */
		"pbkdf2_sha256$1000000000000$%s$%s",
		"pbkdf2_sha256$4294968296$%s$%s",       /* wraps to 1000 as u32 */
		"pbkdf2_sha256$18446744073709552616$%s$%s", /* wraps as u64 */
		"pbkdf2_sha256$01000$%s$%s",            /* leading zero */
		"pbkdf2_sha256$+1000$%s$%s",
		"pbkdf2_sha256$-1000$%s$%s",
		"pbkdf2_sha256$ 1000$%s$%s",
		"pbkdf2_sha256$1e3$%s$%s",
	};
	char buf[512];

	for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++) {
		int rehash = -1;
		double t0 = now_sec();
		snprintf(buf, sizeof buf, fmts[i], salt, key);
		assert_int_equal(pw_verify("correct horse 马", buf, 1u << 30, &rehash),
						 0);
		assert_int_equal(rehash, 0);
		assert_true(now_sec() - t0 < 1.0);     /* must not grind on it */
	}
}

static void test_malformed_salt_or_key_never_matches(void **state)
{
	(void)state;
	char buf[sizeof KNOWN_STORED + 8];
	const size_t salt_at = strlen("pbkdf2_sha256$1000$");
	const size_t key_at = salt_at + 33;

	snprintf(buf, sizeof buf, "%s", KNOWN_STORED);
	buf[salt_at + 5] = 'g';                          /* non-hex salt */
	assert_int_equal(pw_verify("correct horse 马", buf, TEST_ITER, NULL), 0);

	snprintf(buf, sizeof buf, "%s", KNOWN_STORED);
	buf[key_at + 63] = 'z';                          /* non-hex key */
	assert_int_equal(pw_verify("correct horse 马", buf, TEST_ITER, NULL), 0);

	snprintf(buf, sizeof buf, "%s", KNOWN_STORED);
	buf[key_at + 62] = '\0';                         /* key one byte short */
	assert_int_equal(pw_verify("correct horse 马", buf, TEST_ITER, NULL), 0);

	snprintf(buf, sizeof buf, "%.*s%s", (int)(salt_at + 30), KNOWN_STORED,
			 KNOWN_STORED + salt_at + 32);           /* salt one byte short */
	assert_int_equal(pw_verify("correct horse 马", buf, TEST_ITER, NULL), 0);

	assert_int_equal(pw_verify("correct horse 马", NULL, TEST_ITER, NULL), 0);
}

static void test_hash_rejects_absurd_iterations(void **state)
{
	(void)state;
	char stored[PW_HASH_MAX] = "untouched";

	assert_int_equal(pw_hash("whatever-pw", 0, stored), -1);
	assert_string_equal(stored, "");
	assert_int_equal(pw_hash("whatever-pw", PW_MAX_ITER + 1, stored), -1);
	assert_int_equal(pw_hash(NULL, TEST_ITER, stored), -1);
}

static void test_min_iter_is_owasp_level_and_works(void **state)
{
	(void)state;
	char stored[PW_HASH_MAX];
	char expect[32];
	int rehash = -1;

	assert_true(PW_MIN_ITER >= 600000u);
	assert_true(PW_MAX_ITER >= PW_MIN_ITER);
	assert_int_equal(pw_hash("production-strength", PW_MIN_ITER, stored), 0);
	snprintf(expect, sizeof expect, "pbkdf2_sha256$%u$", PW_MIN_ITER);
	assert_memory_equal(stored, expect, strlen(expect));
	assert_int_equal(pw_verify("production-strength", stored, PW_MIN_ITER,
							   &rehash), 1);
	assert_int_equal(rehash, 0);
}

static void test_dummy_verify_spends_real_verify_time(void **state)
{
	(void)state;
	const unsigned iter = 100000;
	char stored[PW_HASH_MAX];
	double real = 1e9, dummy = 1e9;

	assert_int_equal(pw_hash("timing-check", iter, stored), 0);
	/* Best of three each, and a wide band: machine load must not make
	 * this flaky, while a dummy that skips the work is still caught. */
	for (int i = 0; i < 3; i++) {
		double t0 = now_sec();
		assert_int_equal(pw_verify("timing-check", stored, iter, NULL), 1);
		double t1 = now_sec();
		pw_dummy_verify("timing-check", iter);
		double t2 = now_sec();
		real = t1 - t0 < real ? t1 - t0 : real;
		dummy = t2 - t1 < dummy ? t2 - t1 : dummy;
	}
	assert_true(dummy > real / 4);
	assert_true(dummy < real * 4 + 0.05);
}

/* ---- policy ----------------------------------------------------------- */

static void test_policy_length_7_vs_8_chars(void **state)
{
	(void)state;
	pw_common_free();
	assert_int_equal(pw_check_policy("Xk3#vq9", "bob"), PW_TOO_SHORT);
	assert_int_equal(pw_check_policy("Xk3#vq9m", "bob"), PW_OK);
	assert_int_equal(pw_check_policy("", "bob"), PW_TOO_SHORT);
	assert_int_equal(pw_check_policy(NULL, "bob"), PW_TOO_SHORT);
}

static void test_policy_length_128_vs_129_code_points(void **state)
{
	(void)state;
	char buf[1024];

	repeat(buf, sizeof buf, "a", 128);
	assert_int_equal(pw_check_policy(buf, "bob"), PW_OK);
	repeat(buf, sizeof buf, "a", 129);
	assert_int_equal(pw_check_policy(buf, "bob"), PW_TOO_LONG);
}

static void test_policy_counts_cjk_as_characters(void **state)
{
	(void)state;
	char buf[1024];

	/* 7 CJK chars are 21 bytes: still too short, counted as characters. */
	repeat(buf, sizeof buf, "密", 7);
	assert_int_equal(pw_check_policy(buf, "bob"), PW_TOO_SHORT);
	repeat(buf, sizeof buf, "密", 8);
	assert_int_equal(pw_check_policy(buf, "bob"), PW_OK);
	/* 128 CJK chars are 384 bytes: still allowed. */
	repeat(buf, sizeof buf, "码", 128);
	assert_int_equal(pw_check_policy(buf, "bob"), PW_OK);
	repeat(buf, sizeof buf, "码", 129);
	assert_int_equal(pw_check_policy(buf, "bob"), PW_TOO_LONG);
	repeat(buf, sizeof buf, "\xF0\x9F\x94\x91", 8);       /* U+1F511 */
	assert_int_equal(pw_check_policy(buf, "bob"), PW_OK);
	repeat(buf, sizeof buf, "\xF0\x9F\x94\x91", 7);
	assert_int_equal(pw_check_policy(buf, "bob"), PW_TOO_SHORT);
}

static void test_policy_rejects_invalid_utf8(void **state)
{
	(void)state;
	static const char *const bad[] = {
		"abcdefgh\xff",
		"abcdefgh\xc0\xaf",               /* overlong '/' */
		"abcdefgh\xe0\x80\xaf",           /* overlong, 3 bytes */
		"abcdefgh\xed\xa0\x80",           /* UTF-16 surrogate */
		"abcdefgh\xf4\x90\x80\x80",       /* above U+10FFFF */
		"abcdefgh\xe5\xaf",               /* truncated at end */
		"\x80" "abcdefgh",                /* stray continuation */
		"abc\xe5" "defghij",              /* lead without continuation */
	};

	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(pw_check_policy(bad[i], "bob"), PW_NOT_UTF8);
	assert_int_equal(pw_check_policy("abcdefgh\xe5\xaf\x86", "bob"), PW_OK);
}

static void test_policy_rejects_login_name_any_case(void **state)
{
	(void)state;
	assert_int_equal(pw_check_policy("zhangwei2024", "ZhangWei2024"),
					 PW_SAME_AS_LOGIN);
	assert_int_equal(pw_check_policy("ZHANGWEI2024", "zhangwei2024"),
					 PW_SAME_AS_LOGIN);
	assert_int_equal(pw_check_policy("zhangwei2025", "zhangwei2024"), PW_OK);
	assert_int_equal(pw_check_policy("zhangwei2024x", "zhangwei2024"), PW_OK);
	assert_int_equal(pw_check_policy("zhangwei2024", NULL), PW_OK);
	assert_int_equal(pw_check_policy("zhangwei2024", ""), PW_OK);
}

static void test_common_list_load_trims_folds_and_dedups(void **state)
{
	(void)state;
	char path[64];

	write_temp(path, "# comment line\n"
					 "Password123\r\n"
					 "  qwerty123  \n"
					 "\n"
					 "password123\n"
					 "woaini1314");                /* no final newline */
	assert_int_equal(pw_common_load(path), 3);
	unlink(path);
	assert_int_equal(pw_check_policy("password123", "bob"), PW_COMMON);
	assert_int_equal(pw_check_policy("PassWord123", "bob"), PW_COMMON);
	assert_int_equal(pw_check_policy("QWERTY123", "bob"), PW_COMMON);
	assert_int_equal(pw_check_policy("woaini1314", "bob"), PW_COMMON);
	assert_int_equal(pw_check_policy("# comment line", "bob"), PW_OK);
	assert_int_equal(pw_check_policy("password1234", "bob"), PW_OK);
	pw_common_free();
	assert_int_equal(pw_check_policy("password123", "bob"), PW_OK);
}

static void test_common_list_failed_load_keeps_old_list(void **state)
{
	(void)state;
	char path[64];

	write_temp(path, "iloveyou1314\n");
	assert_int_equal(pw_common_load(path), 1);
	unlink(path);
	assert_int_equal(pw_common_load("/nonexistent/common-passwords.txt"), -1);
	assert_int_equal(pw_common_load(NULL), -1);
	assert_int_equal(pw_check_policy("iloveyou1314", "bob"), PW_COMMON);
	pw_common_free();
}

static void test_shipped_common_list_catches_well_known(void **state)
{
	(void)state;
	static const char *const paths[] = {
		"conf/common-passwords.txt", "../conf/common-passwords.txt",
		"../../conf/common-passwords.txt",
	};
	static const char *const weak[] = {
		"password", "12345678", "qwerty123", "iloveyou", "woaini1314",
		"a123456789", "88888888", "1qaz2wsx", "P@ssw0rd", "Abcd1234",
	};
	int n = -1;

	for (size_t i = 0; n < 0 && i < sizeof paths / sizeof *paths; i++)
		n = pw_common_load(paths[i]);
	assert_true(n >= 400);
	for (size_t i = 0; i < sizeof weak / sizeof *weak; i++)
		assert_int_equal(pw_check_policy(weak[i], "bob"), PW_COMMON);
	assert_int_equal(pw_check_policy("黄鹤楼上看江景2024", "bob"), PW_OK);
	pw_common_free();
}

static void test_problem_keys(void **state)
{
	(void)state;
	assert_null(pw_problem_key(PW_OK));
	assert_string_equal(pw_problem_key(PW_TOO_SHORT), "err.pw_too_short");
	assert_string_equal(pw_problem_key(PW_TOO_LONG), "err.pw_too_long");
	assert_string_equal(pw_problem_key(PW_COMMON), "err.pw_common");
	assert_string_equal(pw_problem_key(PW_SAME_AS_LOGIN),
						"err.pw_same_as_login");
	assert_string_equal(pw_problem_key(PW_NOT_UTF8), "err.not_utf8");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hash_roundtrip_matches),
		cmocka_unit_test(test_wrong_password_no_match),
		cmocka_unit_test(test_stored_format_has_iterations_salt_key),
		cmocka_unit_test(test_same_password_gets_different_salt),
		cmocka_unit_test(test_verify_matches_independent_pbkdf2_vector),
		cmocka_unit_test(test_stored_iteration_count_is_used),
		cmocka_unit_test(test_needs_rehash_when_setting_rises),
		cmocka_unit_test(test_malformed_stored_strings_never_match),
		cmocka_unit_test(test_malformed_salt_or_key_never_matches),
		cmocka_unit_test(test_hash_rejects_absurd_iterations),
		cmocka_unit_test(test_min_iter_is_owasp_level_and_works),
		cmocka_unit_test(test_dummy_verify_spends_real_verify_time),
		cmocka_unit_test(test_policy_length_7_vs_8_chars),
		cmocka_unit_test(test_policy_length_128_vs_129_code_points),
		cmocka_unit_test(test_policy_counts_cjk_as_characters),
		cmocka_unit_test(test_policy_rejects_invalid_utf8),
		cmocka_unit_test(test_policy_rejects_login_name_any_case),
		cmocka_unit_test(test_common_list_load_trims_folds_and_dedups),
		cmocka_unit_test(test_common_list_failed_load_keeps_old_list),
		cmocka_unit_test(test_shipped_common_list_catches_well_known),
		cmocka_unit_test(test_problem_keys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
