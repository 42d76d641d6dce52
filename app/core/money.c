/* money.c -- formatting and exact arithmetic on integer fen. */
#include "core/money.h"

#include <string.h>

/* GCC/Clang extension; __extension__ keeps -Wpedantic builds quiet. */
__extension__ typedef __int128 i128;

/* Magnitude as unsigned so that INT64_MIN (whose negation overflows a
 * long long) is handled without undefined behaviour. */
static unsigned long long magnitude(long long v)
{
	return v < 0 ? (unsigned long long)(-(v + 1)) + 1u : (unsigned long long)v;
}

/* Builds the text right to left into a scratch buffer, then copies it out,
 * so the length is known before touching the caller's buffer. */
static int format_fen(long long fen, int grouped, const char *symbol,
		      char *out, size_t outlen)
{
	char buf[48];
	char *p = buf + sizeof buf;
	unsigned long long m = magnitude(fen);
	unsigned long long yuan = m / 100u;
	unsigned cents = (unsigned)(m % 100u);
	int digits = 0;
	size_t symlen = strlen(symbol);
	size_t len;

	if (out == NULL || outlen == 0)
		return -1;
	out[0] = '\0';
	*--p = '\0';
	*--p = (char)('0' + cents % 10u);
	*--p = (char)('0' + cents / 10u);
	*--p = '.';
	do {
		if (grouped && digits > 0 && digits % 3 == 0)
			*--p = ',';
		*--p = (char)('0' + yuan % 10u);
		yuan /= 10u;
		digits++;
	} while (yuan > 0);
	p -= symlen;
	memcpy(p, symbol, symlen);
	if (fen < 0)
		*--p = '-';
	len = (size_t)(buf + sizeof buf - p);
	if (len > outlen)
		return -1;
	memcpy(out, p, len);
	return 0;
}

int money_format(long long fen, char *out, size_t outlen)
{
	return format_fen(fen, 1, "\xC2\xA5", out, outlen);
}

int money_format_plain(long long fen, char *out, size_t outlen)
{
	return format_fen(fen, 0, "", out, outlen);
}

int money_mul_div_half_up(long long a, long long b, long long c, long long *out)
{
	i128 prod, q, r, absr, absc;
	int negative;

	if (out == NULL || c == 0)
		return -1;
	prod = (i128)a * (i128)b;   /* |a*b| <= 2^126: cannot overflow */
	q = prod / c;                       /* truncates toward zero */
	r = prod % c;                       /* same sign as prod */
	absr = r < 0 ? -r : r;
	absc = c < 0 ? -(i128)c : (i128)c;
	negative = (prod < 0) != (c < 0);
	if (absr * 2 >= absc)               /* half or more: away from zero */
		q += negative ? -1 : 1;
	if (q > (i128)0x7fffffffffffffffLL || q < -(i128)0x7fffffffffffffffLL - 1)
		return -1;
	*out = (long long)q;
	return 0;
}

int money_percent_bp(long long fen, long long basis_points, long long *out)
{
	return money_mul_div_half_up(fen, basis_points, 10000, out);
}
