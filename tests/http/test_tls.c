/*
 * test_tls.c - the site as deployed behind TLS: scripts/test.sh starts a
 * second stack with TLS=1 (a self-signed certificate made at start-up) and
 * runs this file against it, LIAISON_URL being https:// and LIAISON_CA the
 * certificate every request is verified against.  LIAISON_HTTP_URL is the
 * plain-http port that must only redirect.
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
#include <strings.h>

#include "client.h"

#define HSTS "max-age=31536000; includeSubDomains"

/* Every Set-Cookie of the last response carries Secure; returns how many there were. */
static int cookies_all_secure(const struct hc *c)
{
	int n = 0;
	for (const char *l = c->headers; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : l + strlen(l)) {
		if (strncasecmp(l, "Set-Cookie:", 11))
			continue;
		size_t len = strcspn(l, "\r\n");
		char line[512];
		snprintf(line, sizeof line, "%.*s", (int)len, l);
		if (!strstr(line, "; Secure"))
			fail_msg("a cookie without Secure: %s", line);
		n++;
	}
	return n;
}

static void test_tls_pages_carry_hsts_and_every_cookie_is_secure(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	int cookies = 0;
	assert_int_equal(hc_get(c, "/login"), 200);
	assert_string_equal(hc_header(c, "Strict-Transport-Security"), HSTS);
	cookies += cookies_all_secure(c);
	const char *p[] = {"login", "mkt_staff", "password", DEMO_PW, NULL};
	assert_int_equal(hc_post(c, "/login", p), 303);
	assert_string_equal(hc_header(c, "Strict-Transport-Security"), HSTS);
	cookies += cookies_all_secure(c);
	assert_int_equal(hc_get(c, "/"), 200);
	assert_true(hc_has(c, "张伟"));
	assert_string_equal(hc_header(c, "Strict-Transport-Security"), HSTS);
	assert_int_equal(hc_get(c, "/"), 200);
	assert_int_equal(hc_post(c, "/logout", NULL), 303);
	cookies += cookies_all_secure(c);
	assert_true(cookies >= 3);     /* the form's token, the session, its end */
	hc_free(c);
}

static void test_tls_nginx_own_pages_carry_hsts(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	assert_int_equal(hc_get(c, "/static/no-such-file.css"), 404);
	assert_string_equal(hc_header(c, "Strict-Transport-Security"), HSTS);
	assert_string_equal(hc_header(c, "X-Frame-Options"), "DENY");
	assert_int_equal(hc_get(c, "/static/liaison.css"), 200);
	assert_string_equal(hc_header(c, "Strict-Transport-Security"), HSTS);
	hc_free(c);
}

static void test_tls_plain_http_only_redirects(void **state)
{
	(void)state;
	char url[512], want[512];
	struct hc *c = hc_new();
	snprintf(url, sizeof url, "%s/requests?page=2", hc_env("LIAISON_HTTP_URL"));
	curl_easy_setopt(c->curl, CURLOPT_URL, url);
	/* hc_get prefixes LIAISON_URL: this one request goes by hand */
	curl_easy_setopt(c->curl, CURLOPT_NOBODY, 1L);
	assert_int_equal(curl_easy_perform(c->curl), CURLE_OK);
	long status = 0;
	char *location = NULL;
	curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_getinfo(c->curl, CURLINFO_REDIRECT_URL, &location);
	assert_int_equal(status, 301);
	assert_non_null(location);
	snprintf(want, sizeof want, "%s/requests?page=2", hc_env("LIAISON_URL"));
	assert_string_equal(location, want);
	hc_free(c);
}

/* The other tests prove something only because the certificate is checked. */
static void test_tls_certificate_is_checked(void **state)
{
	(void)state;
	struct hc *c = hc_new();
	curl_easy_setopt(c->curl, CURLOPT_CAINFO, "/etc/ssl/certs/ca-certificates.crt");
	assert_int_equal(hc_get(c, "/login"), 0);
	hc_free(c);
}

/* Links in mail point at the https address. */
static void test_tls_mailed_links_are_https(void **state)
{
	(void)state;
	char text[8192], want[300];
	long long id = file_probe("mkt_staff", "single");
	mail_to("mkt_head", id, 1, text, sizeof text);
	snprintf(want, sizeof want, "%s/a/", hc_env("LIAISON_URL"));
	assert_non_null(strstr(text, want));
	assert_int_equal(strncmp(want, "https://", 8), 0);
	forget_clients();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tls_pages_carry_hsts_and_every_cookie_is_secure),
		cmocka_unit_test(test_tls_nginx_own_pages_carry_hsts),
		cmocka_unit_test(test_tls_plain_http_only_redirects),
		cmocka_unit_test(test_tls_certificate_is_checked),
		cmocka_unit_test(test_tls_mailed_links_are_https),
	};
	return cmocka_run_group_tests(tests, fixture_new_run, fixture_forget_clients);
}
