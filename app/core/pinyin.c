/* pinyin.c - initials through GB2312's pinyin order (iconv, one converter
 * a process). */
#include "core/pinyin.h"

#include <iconv.h>
#include <string.h>

/* The first GB2312 code of each initial's run in level 1 (B0A1..D7F9). */
static const struct {
	unsigned code;
	char letter;
} starts[] = {
	{0xB0A1, 'a'}, {0xB0C5, 'b'}, {0xB2C1, 'c'}, {0xB4EE, 'd'}, {0xB6EA, 'e'}, {0xB7A2, 'f'}, {0xB8C1, 'g'},
	{0xB9FE, 'h'}, {0xBBF7, 'j'}, {0xBFA6, 'k'}, {0xC0AC, 'l'}, {0xC2E8, 'm'}, {0xC4C3, 'n'}, {0xC5B6, 'o'},
	{0xC5BE, 'p'}, {0xC6DA, 'q'}, {0xC8BB, 'r'}, {0xC8F6, 's'}, {0xCBFA, 't'}, {0xCDDA, 'w'}, {0xCEF4, 'x'},
	{0xD1B9, 'y'}, {0xD4D1, 'z'},
};
#define LEVEL1_END 0xD7F9

static char letter_of(unsigned code)
{
	if (code < starts[0].code || code > LEVEL1_END)
		return 0;
	char l = 0;
	for (size_t i = 0; i < sizeof starts / sizeof starts[0] && code >= starts[i].code; i++)
		l = starts[i].letter;
	return l;
}

/* The GB2312 code of one UTF-8 character, or 0. */
static unsigned gb_code(iconv_t cd, const char *ch, size_t len)
{
	char in[8], out[8];
	char *ip = in, *op = out;
	size_t il = len, ol = sizeof out;
	if (len > sizeof in)
		return 0;
	memcpy(in, ch, len);
	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || op - out != 2)
		return 0;
	return (unsigned)(unsigned char)out[0] << 8 | (unsigned char)out[1];
}

static size_t utf8_len(unsigned char c)
{
	return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
}

size_t pinyin_initials(const char *utf8, char *out, size_t outlen)
{
	static iconv_t cd = (iconv_t)-1;
	size_t n = 0;
	if (!outlen)
		return 0;
	out[0] = '\0';
	if (cd == (iconv_t)-1 && (cd = iconv_open("GB2312", "UTF-8")) == (iconv_t)-1)
		return 0;
	for (const char *p = utf8 ? utf8 : ""; *p;) {
		size_t len = utf8_len((unsigned char)*p);
		if (strnlen(p, len) < len)
			break;
		char l = 0;
		if (len == 1 && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
			l = (char)(*p | 0x20);
		else if (len == 3)
			l = letter_of(gb_code(cd, p, len));
		if (l && n + 1 < outlen)
			out[n++] = l;
		p += len;
	}
	out[n] = '\0';
	return n;
}
