/* test_router.c -- router_match over a small table of its own: methods,
 * 404 versus 405, HEAD, and the exact shapes of :id and :token. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "http/router.h"

static int h_home(struct req *r) { (void)r; return 1; }
static int h_request(struct req *r) { (void)r; return 2; }
static int h_decide(struct req *r) { (void)r; return 3; }
static int h_approve(struct req *r) { (void)r; return 4; }
static int h_users(struct req *r) { (void)r; return 5; }

static const struct route table[] = {
	ROUTE("GET", "/", h_home, 0, 0, NULL),
	ROUTE("GET", "/requests/:id", h_request, 0, 0, NULL),
	ROUTE("POST", "/requests/:id/decide", h_decide, 0, 0, NULL),
	ROUTE("GET", "/a/:token", h_approve, R_PUBLIC, 0, NULL),
	ROUTE("GET", "/admin/users", h_users, 0, 0, NULL),
};
#define NT (sizeof table / sizeof table[0])

#define HEX64 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

static long long id;
static char token[65];
static int status;

/* Matches with fresh outputs; status is -1 unless the router set it. */
static const struct route *go(const char *method, const char *path)
{
	struct route_args a;
	id = -7;
	memset(token, 'X', sizeof token);
	status = -1;
	const struct route *rt = router_match(table, NT, method, path, &a, &status);
	if (rt && a.id)
		id = a.id;
	if (rt && a.token[0])
		memcpy(token, a.token, sizeof token);
	return rt;
}

static void expect_route(const char *method, const char *path, handler_fn fn)
{
	const struct route *rt = go(method, path);
	if (!rt)
		fail_msg("%s %s: no match (status %d)", method, path, status);
	assert_ptr_equal(rt->fn, fn);
	assert_int_equal(status, -1);
}

static void expect_status(const char *method, const char *path, int want)
{
	const struct route *rt = go(method, path);
	if (rt)
		fail_msg("%s %s: matched %s %s, wanted %d", method, path, rt->method, rt->pattern, want);
	assert_int_equal(status, want);
}

static void test_every_route_matches_its_method_and_path(void **state)
{
	(void)state;
	expect_route("GET", "/", h_home);
	expect_route("GET", "/requests/42", h_request);
	assert_int_equal(id, 42);
	expect_route("POST", "/requests/17/decide", h_decide);
	assert_int_equal(id, 17);
	expect_route("GET", "/a/" HEX64, h_approve);
	assert_string_equal(token, HEX64);
	expect_route("GET", "/admin/users", h_users);
}

static void test_unknown_path_is_404(void **state)
{
	(void)state;
	expect_status("GET", "/nope", 404);
	expect_status("GET", "/requests", 404);
	expect_status("GET", "/requests/42/other", 404);
	expect_status("GET", "/admin", 404);
	expect_status("GET", "/admin/users/1", 404);
	expect_status("GET", "/admin/user", 404);
	expect_status("GET", "/admin/usersx", 404);
	expect_status("GET", "/a", 404);
	expect_status("GET", "", 404);
	expect_status("GET", "admin/users", 404);
	expect_status("POST", "/nope", 404);
}

static void test_known_path_with_other_method_is_405(void **state)
{
	(void)state;
	expect_status("POST", "/", 405);
	expect_status("POST", "/requests/42", 405);
	expect_status("GET", "/requests/42/decide", 405);
	expect_status("DELETE", "/admin/users", 405);
	expect_status("PUT", "/a/" HEX64, 405);
	/* Methods are case-sensitive (RFC 9110 9.1). */
	expect_status("get", "/", 405);
	expect_status("", "/", 405);
}

static void test_head_is_served_by_get(void **state)
{
	(void)state;
	expect_route("HEAD", "/", h_home);
	expect_route("HEAD", "/requests/5", h_request);
	assert_int_equal(id, 5);
	/* HEAD does not reach a POST-only route. */
	expect_status("HEAD", "/requests/5/decide", 405);
	expect_status("HEAD", "/nope", 404);
}

static void test_id_accepts_positive_decimal(void **state)
{
	(void)state;
	expect_route("GET", "/requests/1", h_request);
	assert_int_equal(id, 1);
	expect_route("GET", "/requests/1000", h_request);
	assert_int_equal(id, 1000);
	/* 15 digits is the longest accepted id. */
	expect_route("GET", "/requests/999999999999999", h_request);
	assert_true(id == 999999999999999LL);
}

static void test_id_rejects_zero_leading_zero_sign_exponent(void **state)
{
	(void)state;
	expect_status("GET", "/requests/0", 404);
	expect_status("GET", "/requests/007", 404);
	expect_status("GET", "/requests/-1", 404);
	expect_status("GET", "/requests/+1", 404);
	expect_status("GET", "/requests/1e3", 404);
	expect_status("GET", "/requests/0x10", 404);
	expect_status("GET", "/requests/1.0", 404);
	expect_status("GET", "/requests/%31", 404);
	expect_status("GET", "/requests/ 1", 404);
	expect_status("GET", "/requests/1 ", 404);
	expect_status("GET", "/requests/abc", 404);
	expect_status("POST", "/requests/007/decide", 404);
}

static void test_id_rejects_16_or_more_digits(void **state)
{
	(void)state;
	expect_status("GET", "/requests/1000000000000000", 404);
	expect_status("GET", "/requests/9223372036854775807", 404);
	expect_status("GET", "/requests/99999999999999999999999999", 404);
}

static void test_token_accepts_exactly_64_lowercase_hex(void **state)
{
	(void)state;
	const char *all_f = "/a/ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";
	expect_route("GET", all_f, h_approve);
	assert_string_equal(token, all_f + 3);
	assert_int_equal(token[64], '\0');
}

static void test_token_rejects_uppercase_wrong_length_non_hex(void **state)
{
	(void)state;
	/* One uppercase letter among 64. */
	expect_status("GET", "/a/0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", 404);
	expect_status("GET", "/a/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeF", 404);
	/* 63 and 65 characters. */
	expect_status("GET", "/a/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", 404);
	expect_status("GET", "/a/" HEX64 "0", 404);
	/* Non-hex letter. */
	expect_status("GET", "/a/g123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 404);
	expect_status("GET", "/a/", 404);
}

static void test_trailing_and_double_slash_do_not_match(void **state)
{
	(void)state;
	expect_status("GET", "/requests/5/", 404);
	expect_status("GET", "/admin/users/", 404);
	expect_status("POST", "/requests/5/decide/", 404);
	expect_status("GET", "/a/" HEX64 "/", 404);
	expect_status("GET", "//", 404);
	expect_status("GET", "//admin/users", 404);
	expect_status("GET", "/admin//users", 404);
	expect_status("GET", "/requests//5", 404);
	expect_status("POST", "/requests/5//decide", 404);
}

static void test_query_or_fragment_is_not_part_of_a_match(void **state)
{
	(void)state;
	/* The dispatcher splits the query off first; the router sees none. */
	expect_status("GET", "/requests/5?x=1", 404);
	expect_status("GET", "/admin/users?x", 404);
	expect_status("GET", "/admin/users#top", 404);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_route_matches_its_method_and_path),
		cmocka_unit_test(test_unknown_path_is_404),
		cmocka_unit_test(test_known_path_with_other_method_is_405),
		cmocka_unit_test(test_head_is_served_by_get),
		cmocka_unit_test(test_id_accepts_positive_decimal),
		cmocka_unit_test(test_id_rejects_zero_leading_zero_sign_exponent),
		cmocka_unit_test(test_id_rejects_16_or_more_digits),
		cmocka_unit_test(test_token_accepts_exactly_64_lowercase_hex),
		cmocka_unit_test(test_token_rejects_uppercase_wrong_length_non_hex),
		cmocka_unit_test(test_trailing_and_double_slash_do_not_match),
		cmocka_unit_test(test_query_or_fragment_is_not_part_of_a_match),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
