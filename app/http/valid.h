/*
 * http/valid.h - small validators for single user-typed values.
 *
 * Each returns V_OK and writes its out-parameter only on success, or the
 * error code whose language-file key (verr_key) explains the problem.
 * None uses floating point, locale or the C library's time functions.
 */
#ifndef HTTP_VALID_H
#define HTTP_VALID_H

#include <stddef.h>

enum verr { V_OK = 0, V_REQUIRED, V_NOT_INT, V_RANGE, V_NOT_DATE, V_NOT_DATETIME, V_NOT_AMOUNT,
			V_AMOUNT_PRECISION, V_NOT_UTF8, V_TOO_SHORT, V_TOO_LONG, V_CONTROL_CHAR, V_NOT_EMAIL,
			V_NOT_CHOICE, V_NOT_TOKEN };

/* verr_key - language-file key for e ("err.required", "err.not_int", ...);
 * "" for V_OK, "err.unknown" for a value outside the enum. Never NULL. */
const char *verr_key(enum verr e);

/*
 * valid_int - integer in [min, max]. Surrounding ASCII spaces/tabs are
 * ignored; then an optional '-' and ASCII or full-width (U+FF10..U+FF19)
 * digits, nothing else. NULL/blank -> V_REQUIRED, junk -> V_NOT_INT,
 * overflow of long long or outside [min, max] -> V_RANGE.
 */
enum verr valid_int(const char *s, long long min, long long max, long long *out);

/*
 * valid_amount - yuan text to integer fen, exactly (no floating point).
 * Accepts, after trimming ASCII spaces/tabs: optional "¥" or "￥" (then
 * optional spaces), digits (ASCII or full-width) with optional thousands
 * separators ',' or '，' which must form correct groups of three (first
 * group 1..3 digits, not starting with 0: "0,123" is rejected), optional
 * '.' or '．' followed by 1 or 2 digits. "1,234.56" -> 123456.
 * NULL/blank -> V_REQUIRED; more than 2 decimals (even "1.500") ->
 * V_AMOUNT_PRECISION; sign, junk, bad grouping, "12." or ".5" ->
 * V_NOT_AMOUNT; overflow or outside [min_fen, max_fen] -> V_RANGE.
 */
enum verr valid_amount(const char *s, long long min_fen, long long max_fen, long long *out_fen);

/*
 * valid_date - exactly "YYYY-MM-DD" (ASCII, as <input type=date> sends it),
 * a real proleptic Gregorian date. *days = days since 1970-01-01.
 * NULL/empty -> V_REQUIRED, bad syntax or no such day -> V_NOT_DATE,
 * year outside 1900..2200 -> V_RANGE.
 */
enum verr valid_date(const char *s, int *days);

/*
 * valid_datetime - "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD HH:MM", optionally
 * followed by ":SS". *local_secs = seconds since 1970-01-01T00:00 of that
 * wall-clock time read as UTC; the caller subtracts the zone offset.
 * NULL/empty -> V_REQUIRED, bad syntax or no such day/time ->
 * V_NOT_DATETIME, year outside 1900..2200 -> V_RANGE.
 */
enum verr valid_datetime(const char *s, long long *local_secs);

/*
 * valid_trim - bounds of s[0..len) without leading/trailing spaces, tabs,
 * CR, LF and U+3000 (ideographic space). Used by valid_text and form.c so
 * that what is counted is what is stored.
 */
void valid_trim(const char *s, size_t len, size_t *off, size_t *tlen);

/*
 * valid_text - s[0..len) is valid UTF-8 (no overlongs, surrogates or code
 * points above U+10FFFF: V_NOT_UTF8), contains no control characters
 * (C0, DEL, C1; when multiline, \n \r \t are allowed: V_CONTROL_CHAR), and
 * after valid_trim holds min_chars..max_chars code points (V_TOO_SHORT,
 * V_TOO_LONG). U+2028/U+2029 are allowed. NULL s is treated as empty.
 */
enum verr valid_text(const char *s, size_t len, size_t min_chars, size_t max_chars, int multiline);

/*
 * valid_email - pragmatic address check: ASCII "local@domain.tld", at most
 * 254 bytes, local part 1..64 RFC 5322 atext chars with single inner dots,
 * domain of 2+ labels (letters, digits, inner '-', 1..63 each), last label
 * not all digits. No spaces, quotes, CR/LF. NULL/empty -> V_REQUIRED,
 * otherwise V_NOT_EMAIL.
 */
enum verr valid_email(const char *s);

/*
 * valid_enum - s equals (bytewise) one of the NULL-terminated choices;
 * *index (if not NULL) gets its position. NULL s -> V_REQUIRED, otherwise
 * V_NOT_CHOICE.
 */
enum verr valid_enum(const char *s, const char *const *choices, long long *index);

/* valid_token - s is exactly hexlen (> 0) lowercase hex digits, else V_NOT_TOKEN. */
enum verr valid_token(const char *s, size_t hexlen);

/* days_to_ymd - calendar date of a day count since 1970-01-01 (any int). */
void days_to_ymd(int days, int *y, int *m, int *d);

/* ymd_to_days - days since 1970-01-01 of y-m-d (proleptic Gregorian);
 * m must be 1..12 and d 1..31; exact for |y| up to 5,000,000. */
int ymd_to_days(int y, int m, int d);

#endif
