/*
 * test_stack.c - the request path over real HTTP: routing, limits of the
 * parsers, security headers, error pages, login and CSRF basics.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"

static void test_healthz_answers_without_login(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_int_equal(hc_get(c, "/healthz"), 200);
	assert_true(hc_has(c, "ok"));
	hc_free(c);
}

static void test_unknown_path_is_404_page(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_int_equal(hc_get(c, "/no/such/page"), 404);
	assert_true(hc_has(c, "页面不存在"));
	assert_true(hc_has(c, "<html lang=\"zh-CN\">"));
	hc_free(c);
}

static void test_wrong_method_is_405(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_int_equal(hc_post_raw(c, "/healthz", "application/x-www-form-urlencoded", "a=1", 3), 405);
	hc_free(c);
}

static void test_security_headers_on_every_page(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_int_equal(hc_get(c, "/login"), 200);
	const char *csp = hc_header(c, "Content-Security-Policy");
	assert_non_null(csp);
	assert_non_null(strstr(csp, "default-src 'self'"));
	assert_non_null(strstr(csp, "frame-ancestors 'none'"));
	assert_string_equal(hc_header(c, "X-Content-Type-Options"), "nosniff");
	assert_string_equal(hc_header(c, "Referrer-Policy"), "no-referrer");
	assert_string_equal(hc_header(c, "Cache-Control"), "no-store");
	hc_get(c, "/missing");
	assert_string_equal(hc_header(c, "X-Content-Type-Options"), "nosniff");
	hc_free(c);
}

static void test_home_redirects_to_login_with_next(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_int_equal(hc_get(c, "/"), 303);
	assert_string_equal(hc_header(c, "Location"), "/login?next=/");
	hc_free(c);
}

static void test_malformed_urlencoded_is_400(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	hc_get(c, "/login");
	assert_int_equal(hc_post_raw(c, "/login", "application/x-www-form-urlencoded", "login=%zz&x=%", 13), 400);
	/* the worker survived: the next request is answered */
	assert_int_equal(hc_get(c, "/healthz"), 200);
	hc_free(c);
}

static void test_oversized_body_is_413(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	size_t n = 13u * 1024 * 1024;
	char *big = malloc(n);
	memset(big, 'a', n);
	memcpy(big, "login=", 6);
	long st = hc_post_raw(c, "/login", "application/x-www-form-urlencoded", big, n);
	assert_int_equal(st, 413);
	free(big);
	assert_int_equal(hc_get(c, "/healthz"), 200);
	hc_free(c);
}

static void test_too_many_fields_is_413(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	char *body = calloc(1, 300 * 8);
	for (int i = 0; i < 300; i++)
		strcat(body, i ? "&a=1" : "a=1");
	assert_int_equal(hc_post_raw(c, "/login", "application/x-www-form-urlencoded", body, strlen(body)), 413);
	free(body);
	hc_free(c);
}

static void test_malformed_multipart_is_400(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	const char *b = "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue";   /* no closing boundary */
	assert_int_equal(hc_post_raw(c, "/login", "multipart/form-data; boundary=XX", b, strlen(b)), 400);
	hc_free(c);
}

static void test_unsupported_content_type_is_415(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_int_equal(hc_post_raw(c, "/login", "application/json", "{}", 2), 415);
	hc_free(c);
}

static void test_post_without_csrf_is_403(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	const char *p[] = {"login", "mkt_staff", "password", DEMO_PW, "csrf", "", NULL};
	hc_get(c, "/login");
	assert_int_equal(hc_post(c, "/login", p), 403);
	hc_free(c);
}

static void test_login_and_logout(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_true(hc_login(c, "mkt_staff", DEMO_PW));
	assert_true(hc_has(c, "张伟"));
	assert_int_equal(hc_post(c, "/logout", NULL), 303);
	assert_int_equal(hc_get(c, "/"), 303);
	hc_free(c);
}

static void test_login_failure_keeps_login_name_not_password(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	const char *p[] = {"login", "mkt_staff2", "password", "wrong-password-1", NULL};
	hc_get(c, "/login");
	assert_int_equal(hc_post(c, "/login", p), 200);
	assert_true(hc_has(c, "用户名或密码不正确"));
	assert_true(hc_has(c, "value=\"mkt_staff2\""));
	assert_false(hc_has(c, "wrong-password-1"));
	hc_free(c);
}

static void test_login_name_is_escaped_when_shown_again(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	const char *p[] = {"login", "<script>x</script>\"'", "password", "nope-nope", NULL};
	hc_get(c, "/login");
	hc_post(c, "/login", p);
	assert_false(hc_has(c, "<script>x</script>"));
	assert_true(hc_has(c, "&lt;script&gt;"));
	hc_free(c);
}

static void test_open_redirect_refused(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	const char *p[] = {"login", "mkt_staff", "password", DEMO_PW, "next", "//evil.example/x", NULL};
	hc_get(c, "/login");
	assert_int_equal(hc_post(c, "/login", p), 303);
	assert_string_equal(hc_header(c, "Location"), "/");
	hc_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_healthz_answers_without_login),
		cmocka_unit_test(test_unknown_path_is_404_page),
		cmocka_unit_test(test_wrong_method_is_405),
		cmocka_unit_test(test_security_headers_on_every_page),
		cmocka_unit_test(test_home_redirects_to_login_with_next),
		cmocka_unit_test(test_malformed_urlencoded_is_400),
		cmocka_unit_test(test_oversized_body_is_413),
		cmocka_unit_test(test_too_many_fields_is_413),
		cmocka_unit_test(test_malformed_multipart_is_400),
		cmocka_unit_test(test_unsupported_content_type_is_415),
		cmocka_unit_test(test_post_without_csrf_is_403),
		cmocka_unit_test(test_login_and_logout),
		cmocka_unit_test(test_login_failure_keeps_login_name_not_password),
		cmocka_unit_test(test_login_name_is_escaped_when_shown_again),
		cmocka_unit_test(test_open_redirect_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
