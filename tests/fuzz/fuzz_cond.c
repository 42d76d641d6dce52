/* fuzz_cond.c -- libFuzzer harness for the route condition parser.
 *
 * Feeds arbitrary bytes to cond_parse; when they compile, evaluates them
 * against fields whose values are derived from each name, so all value
 * kinds (int, string, empty, unknown) are reached. Checks the documented
 * contracts, not just the absence of crashes:
 *   - a failure always leaves a non-empty "column N: ..." message;
 *   - messages contain only printable ASCII (no raw input bytes);
 *   - evaluation is deterministic and returns -1, 0 or 1;
 *   - cond_names reports distinct, non-empty names.
 * Build: clang -g -O1 -fsanitize=fuzzer,address,undefined -Iapp \
 *        tests/fuzz/fuzz_cond.c app/engine/cond.c -o /tmp/fc
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "engine/cond.h"

static unsigned name_hash(const char *s)
{
	unsigned h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static int fuzz_lookup(void *ctx, const char *name, struct cval *out)
{
	unsigned h = name_hash(name);
	static const char *strs[] = { "", "A", "personal", "\xE5\xB8\x82", "zz" };

	(void)ctx;
	switch (h % 5) {
	case 0:
		return -1;
	case 1:
		out->type = CV_NONE;
		return 0;
	case 2:
		out->type = CV_STR;
		out->s = strs[(h / 5) % 5];
		return 0;
	default:
		out->type = CV_INT;
		out->i = (long long)(h / 5 % 7) - 3;
		if (h % 97 == 0)
			out->i = INT64_MIN;
		return 0;
	}
}

static void check_message(const char *err, int must_be_column)
{
	size_t i;

	if (err[0] == '\0')
		abort();
	if (must_be_column && strncmp(err, "column ", 7) != 0)
		abort();
	for (i = 0; err[i] != '\0'; i++)
		if ((unsigned char)err[i] < 0x20 || (unsigned char)err[i] > 0x7E)
			abort();
}

static void check_names(const struct cond *c)
{
	const char *names[64];
	int n = cond_names(c, names, 64), k, j;

	if (n < 0)
		abort();
	for (k = 0; k < n && k < 64; k++) {
		if (names[k][0] == '\0')
			abort();
		for (j = 0; j < k; j++)
			if (strcmp(names[j], names[k]) == 0)
				abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[256], err2[256];
	char *src = malloc(size + 1);
	struct cond *c;
	int r1, r2;

	if (src == NULL)
		return 0;
	memcpy(src, data, size);
	src[size] = '\0';
	c = cond_parse(src, err, sizeof err);
	if (c == NULL) {
		check_message(err, 1);
		free(src);
		return 0;
	}
	check_names(c);
	r1 = cond_eval(c, fuzz_lookup, NULL, err, sizeof err);
	r2 = cond_eval(c, fuzz_lookup, NULL, err2, sizeof err2);
	if (r1 < -1 || r1 > 1 || r1 != r2)
		abort();
	if (r1 == -1) {
		check_message(err, 0);
		if (strcmp(err, err2) != 0)
			abort();
	}
	cond_free(c);
	free(src);
	return 0;
}
