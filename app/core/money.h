/* money.h -- amounts of money as integer fen (1 yuan = 100 fen).
 *
 * Money never passes through floating point: a double cannot hold 0.10
 * exactly, and payroll deductions must come out the same on every run.
 * Where a division cannot be avoided (daily wage = salary / 21.75, a
 * percentage share) the result is rounded half-up to the fen, halves
 * going away from zero.
 */
#ifndef LIAISON_CORE_MONEY_H
#define LIAISON_CORE_MONEY_H

#include <stddef.h>

/* money_format
 * Description: Writes fen as a display amount with thousands separators:
 *              "¥1,234.50", "-¥1,234.50", "¥0.00". The yuan sign is UTF-8
 *              (2 bytes). Every long long value, INT64_MIN included, works.
 * Input:       fen - the amount; out/outlen - the destination buffer.
 * Output:      out - NUL-terminated text (empty string on failure if outlen > 0).
 * Return:      0 on success, -1 if out is NULL or outlen is too small
 *              (32 bytes is always enough).
 */
int money_format(long long fen, char *out, size_t outlen);

/* money_format_plain
 * Description: Writes fen as a plain decimal for form re-display and CSV:
 *              "1234.50", "-0.05", "0.00". No sign symbol, no separators.
 * Input:       fen - the amount; out/outlen - the destination buffer.
 * Output:      out - NUL-terminated text (empty string on failure if outlen > 0).
 * Return:      0 on success, -1 if out is NULL or outlen is too small
 *              (24 bytes is always enough).
 */
int money_format_plain(long long fen, char *out, size_t outlen);

/* money_mul_div_half_up
 * Description: Computes round_half_up(a * b / c) exactly, using a 128-bit
 *              intermediate so a * b never overflows. Halves round away
 *              from zero (-2.5 -> -3). Example: daily wage (LV-06) =
 *              money_mul_div_half_up(salary_fen, 100, 2175, &out).
 * Input:       a, b, c - any values; c must not be 0.
 * Output:      *out - the result, written only on success.
 * Return:      0 on success, -1 if c == 0, out is NULL, or the result does
 *              not fit in a long long.
 */
int money_mul_div_half_up(long long a, long long b, long long c, long long *out);

/* money_percent_bp
 * Description: A share of an amount given in basis points (1% = 100 bp):
 *              round_half_up(fen * basis_points / 10000).
 * Input:       fen - the amount; basis_points - the share (may exceed 10000
 *              or be negative).
 * Output:      *out - the result, written only on success.
 * Return:      0 on success, -1 on overflow or NULL out.
 */
int money_percent_bp(long long fen, long long basis_points, long long *out);

#endif
