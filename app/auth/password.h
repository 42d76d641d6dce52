/*
 * auth/password.h -- PBKDF2-HMAC-SHA256 password hashing and the password
 * policy (length, common passwords, same as login).
 *
 * Pure module: depends only on libcrypto. The common-password list is
 * process-wide: load it once at start-up, before threads start; afterwards
 * it is only read.
 */
#ifndef AUTH_PASSWORD_H
#define AUTH_PASSWORD_H

#define PW_HASH_MAX 192
#define PW_MIN_ITER 600000u
/* Stored strings claiming more iterations than this are treated as
 * malformed, so a corrupted row cannot stall a request for minutes. */
#define PW_MAX_ITER 10000000u
#define PW_MIN_CHARS 8
#define PW_MAX_CHARS 128

/*
 * Function: pw_hash - hash a password for storage
 * Description: 16-byte random salt, PBKDF2-HMAC-SHA256, 32-byte key.
 *              Production callers pass the configured count, which must be
 *              at least PW_MIN_ITER; lower counts are accepted for tests.
 * Input: pw - the password; iterations - 1..PW_MAX_ITER
 * Output: out - "pbkdf2_sha256$<iterations>$<salt hex>$<key hex>"
 *         ("" on failure)
 * Return: 0 on success, -1 on failure (bad arguments, RNG or KDF error)
 */
int pw_hash(const char *pw, unsigned iterations, char out[PW_HASH_MAX]);

/*
 * Function: pw_verify - check a password against a stored hash
 * Description: Keys are compared in constant time. A malformed stored
 *              string (wrong scheme, missing part, non-hex, iteration count
 *              0 or above PW_MAX_ITER) is simply "no match".
 * Input: pw - the candidate; stored - from pw_hash; want_iterations - the
 *        current setting
 * Output: needs_rehash (may be NULL) - 1 when the password matched and was
 *         stored with fewer than want_iterations, else 0
 * Return: 1 match, 0 no match
 */
int pw_verify(const char *pw, const char *stored, unsigned want_iterations,
			  int *needs_rehash);

/*
 * Function: pw_dummy_verify - burn the time of a real verify
 * Description: Used for unknown accounts so that "no such user" and "wrong
 *              password" take the same time and show the same message.
 *              Out-of-range counts are clamped the way pw_hash limits them.
 * Input: pw - the submitted password; iterations - the current setting
 */
void pw_dummy_verify(const char *pw, unsigned iterations);

enum pw_problem {
	PW_OK = 0,
	PW_TOO_SHORT,
	PW_TOO_LONG,
	PW_COMMON,
	PW_SAME_AS_LOGIN,
	PW_NOT_UTF8
};

/*
 * Function: pw_check_policy - is this password acceptable as a new one?
 * Description: Checks in this order: valid UTF-8, 8..128 code points, not
 *              equal to the login name, not in the common list. Both
 *              comparisons ignore ASCII case only (non-ASCII letters are
 *              compared as they are). With no list loaded the common check
 *              passes, so start-up must check pw_common_load.
 * Input: pw - the new password (NULL counts as too short);
 *        login - the account's login name (may be NULL)
 * Return: PW_OK or the first problem found
 */
enum pw_problem pw_check_policy(const char *pw, const char *login);

/*
 * Function: pw_problem_key - language key for a policy problem
 * Input: p - a problem
 * Return: e.g. "err.pw_too_short"; NULL for PW_OK or an unknown value
 */
const char *pw_problem_key(enum pw_problem p);

/*
 * Function: pw_common_load - load the common-password list
 * Description: One password per line; blank lines and lines starting with
 *              '#' are skipped, surrounding spaces/tabs and CR are trimmed,
 *              ASCII is folded to lowercase. Replaces any earlier list only
 *              on success.
 * Input: path - the list file (conf/common-passwords.txt)
 * Return: number of distinct entries loaded, or -1 on error
 */
int pw_common_load(const char *path);

/*
 * Function: pw_common_free - release the common-password list
 */
void pw_common_free(void);

#endif
