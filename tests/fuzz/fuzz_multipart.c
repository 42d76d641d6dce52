/* fuzz_multipart.c - parse_multipart on arbitrary bodies and Content-Types.
 * Input: the Content-Type up to the first '\n', then the body. Without a
 * '\n', a fixed Content-Type with boundary "B" is used for the whole input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "http/params.h"

static void check(const struct params *p, enum parse_status st, const struct limits *lim)
{
	if (st != PARSE_OK) {
		if (p->n != 0 || p->v != NULL)
			abort();
		return;
	}
	if (p->n > lim->max_fields)
		abort();
	for (size_t i = 0; i < p->n; i++) {
		const struct param *x = &p->v[i];
		if (!x->name[0] || strlen(x->name) > lim->max_name)
			abort();
		if (x->value[x->len] != '\0')
			abort();
		if (x->filename) {
			if (x->len > lim->max_file || strpbrk(x->filename, "/\\") ||
				strlen(x->filename) > PARAMS_MAX_FILENAME)
				abort();
		} else if (x->len > lim->max_value || memchr(x->value, '\0', x->len)) {
			abort();
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct limits tight = {256, 3, 8, 16, 32};
	static const struct limits roomy = {1 << 20, 1000, 256, 1 << 16, 1 << 20};
	const struct limits *lims[] = {&tight, &roomy};
	const uint8_t *nl = memchr(data, '\n', size);
	char *ct;
	const uint8_t *body = data;
	size_t blen = size;
	if (nl) {
		size_t cl = (size_t)(nl - data);
		ct = malloc(cl + 1);
		if (!ct)
			return 0;
		memcpy(ct, data, cl);
		ct[cl] = '\0';
		body = nl + 1;
		blen = size - cl - 1;
	} else {
		ct = strdup("multipart/form-data; boundary=B");
		if (!ct)
			return 0;
	}
	char *buf = malloc(blen ? blen : 1);
	if (!buf) {
		free(ct);
		return 0;
	}
	if (blen)
		memcpy(buf, body, blen);
	for (int i = 0; i < 2; i++) {
		struct params p;
		enum parse_status st = parse_multipart(buf, blen, ct, lims[i], &p);
		check(&p, st, lims[i]);
		params_free(&p);
	}
	free(buf);
	free(ct);
	return 0;
}
