/* auth/password.c -- PBKDF2-HMAC-SHA256 hashing and password policy. */
#include "auth/password.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "auth/token.h"

#define SALT_LEN 16
#define KEY_LEN 32
#define SCHEME "pbkdf2_sha256$"
/* Longest password the policy allows, in bytes, plus NUL. */
#define PW_MAX_BYTES (PW_MAX_CHARS * 4 + 1)

/* ---- hashing ---------------------------------------------------------- */

static int derive(const char *pw, const unsigned char *salt, unsigned iter,
				  unsigned char key[KEY_LEN])
{
	size_t len = strlen(pw);

	if (len > INT_MAX || iter == 0 || iter > PW_MAX_ITER)
		return -1;
	return PKCS5_PBKDF2_HMAC(pw, (int)len, salt, SALT_LEN, (int)iter,
							 EVP_sha256(), KEY_LEN, key) == 1 ? 0 : -1;
}

int pw_hash(const char *pw, unsigned iterations, char out[PW_HASH_MAX])
{
	unsigned char salt[SALT_LEN], key[KEY_LEN];
	char salt_hex[2 * SALT_LEN + 1], key_hex[2 * KEY_LEN + 1];
	int rc = -1;

	out[0] = '\0';
	if (pw == NULL || RAND_bytes(salt, SALT_LEN) != 1)
		return -1;
	if (derive(pw, salt, iterations, key) == 0) {
		hex_encode(salt, SALT_LEN, salt_hex);
		hex_encode(key, KEY_LEN, key_hex);
		int n = snprintf(out, PW_HASH_MAX, SCHEME "%u$%s$%s", iterations,
						 salt_hex, key_hex);
		rc = (n > 0 && n < PW_HASH_MAX) ? 0 : -1;
		if (rc != 0)
			out[0] = '\0';
	}
	OPENSSL_cleanse(key, sizeof key);
	OPENSSL_cleanse(key_hex, sizeof key_hex);
	return rc;
}

/* Exactly n hex digits at s followed by end (or '$'), decoded into out. */
static const char *parse_hex(const char *s, unsigned char *out, size_t n)
{
	char buf[2 * KEY_LEN + 1];
	size_t len = strcspn(s, "$");

	if (len != 2 * n || n > KEY_LEN)
		return NULL;
	memcpy(buf, s, len);
	buf[len] = '\0';
	if (hex_decode(buf, out, n) != (int)n)
		return NULL;
	return s + len;
}

/* Decimal count without sign or leading zero, 1..PW_MAX_ITER. */
static const char *parse_iter(const char *s, unsigned *iter)
{
	uint64_t v = 0;
	const char *p = s;

	if (*p < '1' || *p > '9')
		return NULL;
	for (; *p >= '0' && *p <= '9'; p++) {
		v = v * 10 + (uint64_t)(*p - '0');
		if (v > PW_MAX_ITER)    /* also stops overflow before it happens */
			return NULL;
	}
	*iter = (unsigned)v;
	return p;
}

/* Splits "pbkdf2_sha256$<iter>$<salt>$<key>"; 0 ok, -1 malformed. */
static int parse_stored(const char *s, unsigned *iter,
						unsigned char salt[SALT_LEN],
						unsigned char key[KEY_LEN])
{
	if (strncmp(s, SCHEME, strlen(SCHEME)) != 0)
		return -1;
	s = parse_iter(s + strlen(SCHEME), iter);
	if (s == NULL || *s != '$')
		return -1;
	s = parse_hex(s + 1, salt, SALT_LEN);
	if (s == NULL || *s != '$')
		return -1;
	s = parse_hex(s + 1, key, KEY_LEN);
	return (s != NULL && *s == '\0') ? 0 : -1;
}

int pw_verify(const char *pw, const char *stored, unsigned want_iterations,
			  int *needs_rehash)
{
	unsigned char salt[SALT_LEN], want[KEY_LEN], got[KEY_LEN];
	unsigned iter = 0;
	int match = 0;

	if (needs_rehash)
		*needs_rehash = 0;
	if (pw == NULL || stored == NULL)
		return 0;
	if (parse_stored(stored, &iter, salt, want) == 0
		&& derive(pw, salt, iter, got) == 0)
		match = CRYPTO_memcmp(got, want, KEY_LEN) == 0;
	if (match && needs_rehash)
		*needs_rehash = iter < want_iterations;
	OPENSSL_cleanse(got, sizeof got);
	return match;
}

void pw_dummy_verify(const char *pw, unsigned iterations)
{
	/* Fixed salt: the result is thrown away, only the work matters. */
	static const unsigned char salt[SALT_LEN] = { 0 };
	unsigned char key[KEY_LEN];

	if (iterations == 0)
		iterations = PW_MIN_ITER;
	if (iterations > PW_MAX_ITER)
		iterations = PW_MAX_ITER;
	(void)derive(pw ? pw : "", salt, iterations, key);
	OPENSSL_cleanse(key, sizeof key);
}

/* ---- policy ----------------------------------------------------------- */

static char **common_list;
static size_t common_count;

/* Code points in s, or -1 if s is not valid UTF-8 (no overlongs, no
 * surrogates, nothing above U+10FFFF). */
static long utf8_count(const unsigned char *s)
{
	long n = 0;

	while (*s) {
		unsigned c = *s;
		int extra;
		uint32_t cp;

		if (c < 0x80) { extra = 0; cp = c; }
		else if (c >= 0xC2 && c <= 0xDF) { extra = 1; cp = c & 0x1F; }
		else if (c >= 0xE0 && c <= 0xEF) { extra = 2; cp = c & 0x0F; }
		else if (c >= 0xF0 && c <= 0xF4) { extra = 3; cp = c & 0x07; }
		else return -1;
		for (int i = 1; i <= extra; i++) {
			if ((s[i] & 0xC0) != 0x80)
				return -1;      /* also catches the terminating NUL */
			cp = cp << 6 | (s[i] & 0x3F);
		}
		if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
			|| (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
			return -1;
		s += extra + 1;
		if (n == LONG_MAX)
			return -1;
		n++;
	}
	return n;
}

static char ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static int ascii_caseeq(const char *a, const char *b)
{
	for (; *a && ascii_lower(*a) == ascii_lower(*b); a++, b++)
		;
	return ascii_lower(*a) == ascii_lower(*b);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int is_common(const char *pw)
{
	char low[PW_MAX_BYTES];
	size_t len = strlen(pw);

	if (common_count == 0 || len >= sizeof low)
		return 0;
	for (size_t i = 0; i <= len; i++)
		low[i] = ascii_lower(pw[i]);
	const char *key = low;
	return bsearch(&key, common_list, common_count, sizeof *common_list,
				   cmp_str) != NULL;
}

enum pw_problem pw_check_policy(const char *pw, const char *login)
{
	if (pw == NULL)
		return PW_TOO_SHORT;
	long chars = utf8_count((const unsigned char *)pw);
	if (chars < 0)
		return PW_NOT_UTF8;
	if (chars < PW_MIN_CHARS)
		return PW_TOO_SHORT;
	if (chars > PW_MAX_CHARS)
		return PW_TOO_LONG;
	if (login != NULL && login[0] != '\0' && ascii_caseeq(pw, login))
		return PW_SAME_AS_LOGIN;
	if (is_common(pw))
		return PW_COMMON;
	return PW_OK;
}

const char *pw_problem_key(enum pw_problem p)
{
	switch (p) {
	case PW_TOO_SHORT:     return "err.pw_too_short";
	case PW_TOO_LONG:      return "err.pw_too_long";
	case PW_COMMON:        return "err.pw_common";
	case PW_SAME_AS_LOGIN: return "err.pw_same_as_login";
	case PW_NOT_UTF8:      return "err.not_utf8";
	case PW_OK:            break;
	}
	return NULL;
}

/* ---- common list loading ---------------------------------------------- */

static void free_list(char **list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

/* Trims and lowercases line in place; returns NULL if it is to be skipped. */
static char *clean_line(char *line)
{
	char *end = line + strlen(line);

	while (*line == ' ' || *line == '\t')
		line++;
	while (end > line && (end[-1] == '\n' || end[-1] == '\r'
						  || end[-1] == ' ' || end[-1] == '\t'))
		*--end = '\0';
	if (*line == '\0' || *line == '#' || (size_t)(end - line) >= PW_MAX_BYTES)
		return NULL;    /* over-long entries could never match a password */
	for (char *p = line; *p; p++)
		*p = ascii_lower(*p);
	return line;
}

static int push(char ***list, size_t *n, size_t *cap, const char *s)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 256;
		char **grown = realloc(*list, ncap * sizeof *grown);
		if (grown == NULL)
			return -1;
		*list = grown;
		*cap = ncap;
	}
	char *copy = strdup(s);
	if (copy == NULL)
		return -1;
	(*list)[(*n)++] = copy;
	return 0;
}

/* Sorts and drops duplicates; returns the new count. */
static size_t sort_unique(char **list, size_t n)
{
	size_t out = 0;

	if (n == 0)
		return 0;
	qsort(list, n, sizeof *list, cmp_str);
	for (size_t i = 1; i < n; i++) {
		if (strcmp(list[i], list[out]) == 0)
			free(list[i]);
		else
			list[++out] = list[i];
	}
	return out + 1;
}

int pw_common_load(const char *path)
{
	char **list = NULL;
	size_t n = 0, cap = 0, linecap = 0;
	char *line = NULL;
	int err = 0;
	FILE *f = path ? fopen(path, "r") : NULL;

	if (f == NULL)
		return -1;
	while (!err && getline(&line, &linecap, f) != -1) {
		char *entry = clean_line(line);
		if (entry != NULL)
			err = push(&list, &n, &cap, entry);
	}
	err = err || ferror(f);
	free(line);
	fclose(f);
	n = err ? n : sort_unique(list, n);
	if (err || n > INT_MAX) {
		free_list(list, n);
		return -1;
	}
	pw_common_free();
	common_list = list;
	common_count = n;
	return (int)n;
}

void pw_common_free(void)
{
	free_list(common_list, common_count);
	common_list = NULL;
	common_count = 0;
}
