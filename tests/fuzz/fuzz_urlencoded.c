/* fuzz_urlencoded.c - parse_urlencoded must never crash, leak, or return a
 * list that breaks its own promises (NUL-free names, len matching value). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "http/params.h"

static void check(const struct params *p, enum parse_status st, const struct limits *lim)
{
	if (st != PARSE_OK) {
		if (p->n != 0 || p->v != NULL)
			abort();   /* failures must leave nothing behind */
		return;
	}
	if (p->n > lim->max_fields)
		abort();
	for (size_t i = 0; i < p->n; i++) {
		const struct param *x = &p->v[i];
		if (!x->name[0] || strlen(x->name) > lim->max_name)
			abort();
		if (strlen(x->value) != x->len || x->len > lim->max_value)
			abort();
		if (x->filename || x->ctype)
			abort();
		if (params_get(p, x->name) == NULL)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct limits tight = {64, 4, 8, 16, 0};
	static const struct limits roomy = {1 << 20, 1000, 256, 1 << 16, 0};
	const struct limits *lims[] = {&tight, &roomy};
	/* a heap copy of exactly size bytes lets ASan catch any read past len */
	char *buf = malloc(size ? size : 1);
	if (!buf)
		return 0;
	if (size)
		memcpy(buf, data, size);
	for (int i = 0; i < 2; i++) {
		struct params p;
		enum parse_status st = parse_urlencoded(buf, size, lims[i], &p);
		check(&p, st, lims[i]);
		params_free(&p);
	}
	free(buf);
	return 0;
}
