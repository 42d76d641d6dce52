/* fuzz_cookies.c - parse_cookies on arbitrary Cookie header values. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "http/params.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct limits tight = {128, 4, 8, 16, 0};
	static const struct limits roomy = {1 << 16, 1000, 256, 4096, 0};
	const struct limits *lims[] = {&tight, &roomy};
	char *h = malloc(size + 1);
	if (!h)
		return 0;
	if (size)
		memcpy(h, data, size);
	h[size] = '\0';   /* a header value is a C string; inner NULs just shorten it */
	for (int i = 0; i < 2; i++) {
		struct params p;
		enum parse_status st = parse_cookies(h, lims[i], &p);
		if (st != PARSE_OK && (p.n || p.v))
			abort();
		for (size_t j = 0; j < p.n; j++) {
			const struct param *x = &p.v[j];
			if (!x->name[0] || strlen(x->name) > lims[i]->max_name ||
				strlen(x->value) != x->len || x->len > lims[i]->max_value ||
				strpbrk(x->name, " \t;=") || strpbrk(x->value, ";\r\n"))
				abort();
		}
		params_free(&p);
	}
	free(h);
	return 0;
}
