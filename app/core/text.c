/* text.c - counting and shortening UTF-8 by characters. */
#include "core/text.h"

#include <string.h>

static int is_lead(unsigned char c) { return (c & 0xC0) != 0x80; }

size_t text_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += is_lead((unsigned char)*s);
	return n;
}

size_t text_prefix(const char *s, size_t max)
{
	size_t i = 0, chars = 0;
	for (; s[i]; i++)
		if (is_lead((unsigned char)s[i]) && chars++ == max)
			break;
	return i;
}

int text_summary(const char *s, size_t max, char *out, size_t outlen)
{
	static const char ellipsis[] = "…";
	size_t whole = strlen(s), n = text_prefix(s, max);
	int cut = n < whole;
	if (cut)
		n = text_prefix(s, max ? max - 1 : 0);
	/* The buffer is the last word: shorten further, still by characters. */
	while (n > 0 && n + (cut ? sizeof ellipsis - 1 : 0) + 1 > outlen) {
		cut = 1;
		do
			n--;
		while (n > 0 && !is_lead((unsigned char)s[n]));
	}
	if (!outlen)
		return cut;
	memcpy(out, s, n);
	if (cut && n + sizeof ellipsis <= outlen) {
		memcpy(out + n, ellipsis, sizeof ellipsis);
		return 1;
	}
	out[n] = '\0';
	return cut;
}
