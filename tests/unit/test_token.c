/* Unit tests for auth/token: tokens, SHA-256 hex, ct_streq, hex, chain. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "auth/token.h"

#define N_TOKENS 1000

static int all_lower_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

static int cmp_tok(const void *a, const void *b)
{
	return strcmp(a, b);
}

static void test_token_is_64_lowercase_hex(void **state)
{
	(void)state;
	char t[TOKEN_HEX + 1];

	memset(t, 'X', sizeof t);
	assert_int_equal(token_new(t), 0);
	assert_int_equal(strlen(t), TOKEN_HEX);
	assert_true(all_lower_hex(t, TOKEN_HEX));
}

static void test_tokens_are_unique(void **state)
{
	(void)state;
	char (*t)[TOKEN_HEX + 1] = calloc(N_TOKENS, sizeof *t);

	assert_non_null(t);
	for (int i = 0; i < N_TOKENS; i++)
		assert_int_equal(token_new(t[i]), 0);
	qsort(t, N_TOKENS, sizeof *t, cmp_tok);
	for (int i = 1; i < N_TOKENS; i++)
		assert_string_not_equal(t[i - 1], t[i]);
	free(t);
}

static void test_sha256_known_vectors(void **state)
{
	(void)state;
	char h[65];
	static const char abc448[] =
		"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

	sha256_hex("abc", 3, h);
	assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223"
						   "b00361a396177a9cb410ff61f20015ad");
	sha256_hex(NULL, 0, h);
	assert_string_equal(h, "e3b0c44298fc1c149afbf4c8996fb924"
						   "27ae41e4649b934ca495991b7852b855");
	sha256_hex(abc448, strlen(abc448), h);
	assert_string_equal(h, "248d6a61d20638b8e5c026930c3e6039"
						   "a33ce45964ff2167f6ecedd419db06c1");
}

static void test_sha256_uses_len_not_nul(void **state)
{
	(void)state;
	char h1[65], h2[65];

	sha256_hex("abc\0def", 3, h1);
	assert_string_equal(h1, "ba7816bf8f01cfea414140de5dae2223"
							"b00361a396177a9cb410ff61f20015ad");
	sha256_hex("abc\0def", 7, h2);
	assert_string_not_equal(h1, h2);
}

static void test_ct_streq_equal_and_different(void **state)
{
	(void)state;
	assert_int_equal(ct_streq("secret-token", "secret-token"), 1);
	assert_int_equal(ct_streq("", ""), 1);
	assert_int_equal(ct_streq("secret-token", "secret-tokeN"), 0);
	assert_int_equal(ct_streq("Xecret-token", "secret-token"), 0);
	assert_int_equal(ct_streq("secret", "secret-token"), 0);
	assert_int_equal(ct_streq("secret-token", "secret"), 0);
	assert_int_equal(ct_streq("", "a"), 0);
}

static void test_ct_streq_null_never_equal(void **state)
{
	(void)state;
	assert_int_equal(ct_streq(NULL, NULL), 0);
	assert_int_equal(ct_streq(NULL, ""), 0);
	assert_int_equal(ct_streq("", NULL), 0);
}

static void test_hex_encode_lowercase(void **state)
{
	(void)state;
	const unsigned char in[] = { 0x00, 0x01, 0xab, 0xff, 0x7f };
	char out[2 * sizeof in + 1];

	hex_encode(in, sizeof in, out);
	assert_string_equal(out, "0001abff7f");
	hex_encode(in, 0, out);
	assert_string_equal(out, "");
}

static void test_hex_decode_roundtrip_and_case(void **state)
{
	(void)state;
	unsigned char out[8];

	assert_int_equal(hex_decode("0001abFF7f", out, sizeof out), 5);
	assert_memory_equal(out, "\x00\x01\xab\xff\x7f", 5);
	assert_int_equal(hex_decode("", out, sizeof out), 0);
}

static void test_hex_decode_rejects_bad_input(void **state)
{
	(void)state;
	unsigned char out[4];

	assert_int_equal(hex_decode("abc", out, sizeof out), -1);       /* odd */
	assert_int_equal(hex_decode("zz", out, sizeof out), -1);
	assert_int_equal(hex_decode("0g", out, sizeof out), -1);
	assert_int_equal(hex_decode(" 01", out, sizeof out), -1);
	assert_int_equal(hex_decode("0102030405", out, sizeof out), -1); /* 5>4 */
	assert_int_equal(hex_decode("01020304", out, sizeof out), 4);
	assert_int_equal(hex_decode(NULL, out, sizeof out), -1);
}

static void test_chain_hash_known_value(void **state)
{
	(void)state;
	static const char row[] = "row 1: login ok user=7";
	char h[65];

	/* Value computed independently: sha256("0"*64 + "\n" + row). */
	chain_hash(CHAIN_GENESIS, row, strlen(row), h);
	assert_string_equal(h, "5f7e2998de078a222aa662d135534ea1"
						   "d3d72d152822ea8458fe5e9993ce338b");
}

static void test_chain_hash_null_prev_is_genesis(void **state)
{
	(void)state;
	char a[65], b[65];

	chain_hash(CHAIN_GENESIS, "x", 1, a);
	chain_hash(NULL, "x", 1, b);
	assert_string_equal(a, b);
}

static void test_chain_hash_one_byte_changes_result(void **state)
{
	(void)state;
	char row[] = "row 1: login ok user=7";
	char prev[65] = CHAIN_GENESIS;
	char h1[65], h2[65], h3[65];

	chain_hash(prev, row, strlen(row), h1);
	row[strlen(row) - 1] = '8';
	chain_hash(prev, row, strlen(row), h2);
	assert_string_not_equal(h1, h2);
	row[strlen(row) - 1] = '7';
	prev[63] = '1';
	chain_hash(prev, row, strlen(row), h3);
	assert_string_not_equal(h1, h3);
}

static void test_chain_detects_tampered_middle_row(void **state)
{
	(void)state;
	const char *rows[3] = { "a=1", "b=2", "c=3" };
	char h[3][65], again[3][65];

	chain_hash(CHAIN_GENESIS, rows[0], 3, h[0]);
	chain_hash(h[0], rows[1], 3, h[1]);
	chain_hash(h[1], rows[2], 3, h[2]);
	rows[1] = "b=3";
	chain_hash(CHAIN_GENESIS, rows[0], 3, again[0]);
	chain_hash(again[0], rows[1], 3, again[1]);
	chain_hash(again[1], rows[2], 3, again[2]);
	assert_string_equal(h[0], again[0]);
	assert_string_not_equal(h[1], again[1]);
	assert_string_not_equal(h[2], again[2]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_token_is_64_lowercase_hex),
		cmocka_unit_test(test_tokens_are_unique),
		cmocka_unit_test(test_sha256_known_vectors),
		cmocka_unit_test(test_sha256_uses_len_not_nul),
		cmocka_unit_test(test_ct_streq_equal_and_different),
		cmocka_unit_test(test_ct_streq_null_never_equal),
		cmocka_unit_test(test_hex_encode_lowercase),
		cmocka_unit_test(test_hex_decode_roundtrip_and_case),
		cmocka_unit_test(test_hex_decode_rejects_bad_input),
		cmocka_unit_test(test_chain_hash_known_value),
		cmocka_unit_test(test_chain_hash_null_prev_is_genesis),
		cmocka_unit_test(test_chain_hash_one_byte_changes_result),
		cmocka_unit_test(test_chain_detects_tampered_middle_row),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
