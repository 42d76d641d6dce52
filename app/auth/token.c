/* auth/token.c -- tokens, SHA-256 hex, constant-time compare, hash chain. */
#include "auth/token.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#define TOKEN_BYTES (TOKEN_HEX / 2)

int token_new(char out[TOKEN_HEX + 1])
{
	unsigned char raw[TOKEN_BYTES];

	if (RAND_bytes(raw, (int)sizeof raw) != 1) {
		out[0] = '\0';
		return -1;
	}
	hex_encode(raw, sizeof raw, out);
	OPENSSL_cleanse(raw, sizeof raw);
	return 0;
}

/* Fetched once per process: EVP_sha256() has OpenSSL 3 look the digest
 * up again on every init, a measurable part of a page's session check. */
static const EVP_MD *sha256_md(void)
{
	static EVP_MD *md;
	if (!md)
		md = EVP_MD_fetch(NULL, "SHA2-256", NULL);
	return md;
}

/* Streams several pieces into one digest so callers need not concatenate. */
static void sha256_parts(const void *const *parts, const size_t *lens,
						 size_t count, char out[65])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	const EVP_MD *sha256 = sha256_md();
	int ok = ctx != NULL && sha256 != NULL && EVP_DigestInit_ex(ctx, sha256, NULL) == 1;

	for (size_t i = 0; ok && i < count; i++)
		if (lens[i] > 0)
			ok = EVP_DigestUpdate(ctx, parts[i], lens[i]) == 1;
	ok = ok && EVP_DigestFinal_ex(ctx, md, &mdlen) == 1 && mdlen == 32;
	EVP_MD_CTX_free(ctx);
	/* A silently wrong digest would corrupt the audit chain; stop instead. */
	if (!ok)
		abort();
	hex_encode(md, 32, out);
}

void sha256_hex(const void *data, size_t len, char out[65])
{
	const void *parts[1] = { data };
	size_t lens[1] = { len };

	sha256_parts(parts, lens, 1, out);
}

int ct_streq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return 0;
	size_t la = strlen(a);
	if (la != strlen(b))
		return 0;
	return CRYPTO_memcmp(a, b, la) == 0;
}

void hex_encode(const unsigned char *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 0x0f];
	}
	out[2 * n] = '\0';
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int hex_decode(const char *hex, unsigned char *out, size_t outmax)
{
	if (hex == NULL)
		return -1;
	size_t len = strlen(hex);
	if (len % 2 != 0 || len / 2 > outmax || len / 2 > INT_MAX)
		return -1;
	for (size_t i = 0; i < len / 2; i++) {
		int hi = hex_value(hex[2 * i]);
		int lo = hex_value(hex[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return -1;
		out[i] = (unsigned char)(hi << 4 | lo);
	}
	return (int)(len / 2);
}

void chain_hash(const char prev_hex[65], const char *content, size_t len,
				char out[65])
{
	if (prev_hex == NULL)
		prev_hex = CHAIN_GENESIS;
	/* strnlen: never read past a short or unterminated prev_hex. */
	const void *parts[3] = { prev_hex, "\n", content };
	size_t lens[3] = { strnlen(prev_hex, 64), 1, len };

	sha256_parts(parts, lens, 3, out);
}
