/*
 * test_stack.c - the request path over real HTTP: routing, limits of the
 * parsers, security headers, error pages, login and CSRF basics.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
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

/* The headers every page carries, nginx's own pages included. */
static void assert_guarded(const struct hc *c)
{
	const char *csp = hc_header(c, "Content-Security-Policy");
	assert_non_null(csp);
	assert_non_null(strstr(csp, "frame-ancestors 'none'"));
	assert_string_equal(hc_header(c, "X-Content-Type-Options"), "nosniff");
	assert_string_equal(hc_header(c, "X-Frame-Options"), "DENY");
	assert_string_equal(hc_header(c, "Referrer-Policy"), "no-referrer");
	assert_string_equal(hc_header(c, "Cache-Control"), "no-store");
}

/* What nginx answers by itself (the app never sees these requests) is the
 * project's page with the app's headers. */
static void test_nginx_own_error_pages_carry_the_headers(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	char *path = malloc(20002);
	path[0] = '/';
	memset(path + 1, 'a', 20000);
	path[20001] = '\0';
	assert_int_equal(hc_get(c, path), 414);
	assert_guarded(c);
	assert_true(hc_has(c, "地址过长"));
	free(path);

	assert_int_equal(hc_get(c, "/static/no-such-file.css"), 404);
	assert_guarded(c);
	assert_true(hc_has(c, "<html lang=\"zh-CN\">"));

	hc_send_header(c, "Host: bad host");
	assert_int_equal(hc_get(c, "/login"), 400);
	assert_guarded(c);
	assert_true(hc_has(c, "请求有误"));
	hc_send_header(c, NULL);

	size_t big = 13u << 20;   /* over nginx's client_max_body_size */
	char *body = calloc(1, big);
	memset(body, 'a', big - 1);
	assert_int_equal(hc_post_raw(c, "/login", "application/x-www-form-urlencoded", body, big - 1), 413);
	assert_guarded(c);
	assert_true(hc_has(c, "内容过大"));
	free(body);
	hc_free(c);
}

/* POST /logout as c with the extra headers; the status. */
static long logout_with(struct hc *c, const char *h1, const char *h2)
{
	assert_int_equal(hc_get(c, "/"), 200);     /* the page's token */
	if (h1)
		hc_send_header(c, h1);
	if (h2)
		hc_send_header(c, h2);
	long st = hc_post(c, "/logout", NULL);
	hc_send_header(c, NULL);
	return st;
}

/* The token is the defence; Origin, Referer and Sec-Fetch-Site are a
 * second one: a POST that says it came from elsewhere is refused. */
static void test_post_from_another_origin_is_refused(void **state)
{
	(void)state;
	char evil[256], good[256], referer[300];
	const char *base = hc_env("LIAISON_URL");
	snprintf(evil, sizeof evil, "Origin: %s.evil.example", base);
	snprintf(good, sizeof good, "Origin: %s", base);
	struct hc *c = hc_new();
	assert_true(hc_login(c, "mkt_staff", DEMO_PW));
	assert_int_equal(logout_with(c, "Origin: http://evil.example", NULL), 403);
	assert_int_equal(logout_with(c, evil, NULL), 403);
	assert_int_equal(logout_with(c, "Referer: http://evil.example/form", NULL), 403);
	assert_int_equal(logout_with(c, "Origin: null", "Sec-Fetch-Site: cross-site"), 403);
	assert_int_equal(logout_with(c, good, "Sec-Fetch-Site: same-site"), 403);
	assert_int_equal(hc_get(c, "/"), 200);     /* still logged in */
	/* what browsers send for our own forms (no-referrer: Origin null) */
	assert_int_equal(logout_with(c, "Origin: null", "Sec-Fetch-Site: same-origin"), 303);
	assert_true(hc_login(c, "mkt_staff", DEMO_PW));
	snprintf(referer, sizeof referer, "Referer: %s/requests", base);
	assert_int_equal(logout_with(c, referer, NULL), 303);
	assert_true(hc_login(c, "mkt_staff", DEMO_PW));
	assert_int_equal(logout_with(c, good, NULL), 303);
	assert_int_equal(hc_get(c, "/"), 303);
	/* the login form too */
	assert_int_equal(hc_get(c, "/login"), 200);
	hc_send_header(c, "Origin: http://evil.example");
	const char *p[] = {"login", "mkt_staff", "password", DEMO_PW, NULL};
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
		cmocka_unit_test(test_nginx_own_error_pages_carry_the_headers),
		cmocka_unit_test(test_post_from_another_origin_is_refused),
		cmocka_unit_test(test_login_and_logout),
		cmocka_unit_test(test_login_failure_keeps_login_name_not_password),
		cmocka_unit_test(test_login_name_is_escaped_when_shown_again),
		cmocka_unit_test(test_open_redirect_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
