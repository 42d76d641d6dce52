/* Unit tests for audit/keyring: the key file's format, HMAC-SHA256 links
 * against an independent computation, appending keys with mode 0600. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "audit/keyring.h"
#include "auth/token.h"

#define KEY1 "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

static char path[64];

static int setup(void **state)
{
	(void)state;
	snprintf(path, sizeof path, "/tmp/liaison-keyring-XXXXXX");
	int fd = mkstemp(path);
	if (fd < 0)
		return -1;
	close(fd);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(path);
	return 0;
}

static void write_file(const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_reads_keys_comments_and_legacy(void **state)
{
	(void)state;
	struct keyring kr;
	char err[256];
	write_file("# keys\nlegacy 41\n1 " KEY1 "\n\n3 " KEY1 "\n");
	assert_int_equal(keyring_load(path, &kr, err, sizeof err), 0);
	assert_int_equal(kr.n, 2);
	assert_int_equal(kr.legacy, 41);
	assert_int_equal(keyring_newest(&kr), 3);
	assert_non_null(keyring_find(&kr, 1));
	assert_null(keyring_find(&kr, 2));
	assert_int_equal(keyring_find(&kr, 1)->key[31], 0x1f);
}

static void test_refuses_malformed_repeated_or_older_ids_and_empty(void **state)
{
	(void)state;
	struct keyring kr;
	char err[256];
	static const char *const bad[] = {
	    "1 " KEY1 "\n1 " KEY1 "\n",     /* repeated id */
	    "2 " KEY1 "\n1 " KEY1 "\n",     /* ids only grow */
	    "1 0011\n",                      /* short key */
	    "1 zz" KEY1 "\n",                /* not hex */
	    "0 " KEY1 "\n",                  /* id from 1 */
	    "# nothing\n",                   /* no key at all */
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		write_file(bad[i]);
		err[0] = '\0';
		assert_int_equal(keyring_load(path, &kr, err, sizeof err), -1);
		assert_non_null(strstr(err, path));
	}
	assert_int_equal(keyring_load("/nonexistent/liaison-key", &kr, err, sizeof err), -1);
	assert_non_null(strstr(err, "cannot be read"));
}

/* Known values from Python's hmac and hashlib, not from this code. */
static void test_mac_matches_independent_hmac_sha256(void **state)
{
	(void)state;
	struct keyring kr;
	char err[256], mac[65], plain[65], other[65];
	write_file("1 " KEY1 "\n");
	assert_int_equal(keyring_load(path, &kr, err, sizeof err), 0);
	chain_mac(keyring_find(&kr, 1), CHAIN_GENESIS, "5:hello;", 8, mac);
	assert_string_equal(mac, "29b033484d79e28ce7c3ef08f493988facd779f56e4a0a7c39a6cce5fa524201");
	/* no key: the plain SHA-256 link of the rows from before the key */
	chain_mac(NULL, CHAIN_GENESIS, "5:hello;", 8, plain);
	assert_string_equal(plain, "cd9986bb73a33a0219742133fc8a9e94aea295bf1804402731cf3f2f51c6a0f2");
	struct audit_key k2 = *keyring_find(&kr, 1);
	k2.key[0] ^= 1;
	chain_mac(&k2, CHAIN_GENESIS, "5:hello;", 8, other);
	assert_string_not_equal(mac, other);
}

static void test_append_adds_next_id_in_a_0600_file(void **state)
{
	(void)state;
	struct keyring kr;
	struct stat st;
	char err[256];
	unlink(path);
	assert_int_equal(keyring_append(path, err, sizeof err), 1);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(keyring_append(path, err, sizeof err), 2);
	assert_int_equal(keyring_load(path, &kr, err, sizeof err), 0);
	assert_int_equal(kr.n, 2);
	assert_int_equal(keyring_newest(&kr), 2);
	assert_memory_not_equal(kr.keys[0].key, kr.keys[1].key, 32);
	/* a broken file is left as it is, not extended */
	write_file("garbage\n");
	assert_int_equal(keyring_append(path, err, sizeof err), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_reads_keys_comments_and_legacy, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_malformed_repeated_or_older_ids_and_empty, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mac_matches_independent_hmac_sha256, setup, teardown),
		cmocka_unit_test_setup_teardown(test_append_adds_next_id_in_a_0600_file, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
