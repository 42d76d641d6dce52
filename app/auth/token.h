/*
 * auth/token.h -- random tokens, SHA-256 hex digests, constant-time string
 * comparison, hex coding and the audit-log hash chain.
 *
 * Pure module: depends only on libcrypto.
 */
#ifndef AUTH_TOKEN_H
#define AUTH_TOKEN_H

#include <stddef.h>

#define TOKEN_HEX 64

/* The "previous hash" of the first row of an audit chain. */
#define CHAIN_GENESIS \
	"0000000000000000000000000000000000000000000000000000000000000000"

/*
 * Function: token_new - make a fresh unguessable token
 * Description: Fills out with 32 bytes from RAND_bytes written as 64
 *              lowercase hex digits and a terminating NUL.
 * Input: out - buffer of TOKEN_HEX + 1 bytes
 * Output: out - the token ("" on failure)
 * Return: 0 on success, -1 if the random generator failed
 */
int token_new(char out[TOKEN_HEX + 1]);

/*
 * Function: sha256_hex - SHA-256 digest as lowercase hex
 * Description: Hashes len bytes at data. data may be NULL when len is 0.
 *              Aborts the process if libcrypto cannot compute SHA-256,
 *              because a wrong digest (e.g. in the audit chain) would be
 *              worse than a crash.
 * Input: data, len - the bytes to hash
 * Output: out - 64 hex digits and NUL
 */
void sha256_hex(const void *data, size_t len, char out[65]);

/*
 * Function: ct_streq - compare two NUL-terminated strings without leaking
 *           where they differ
 * Description: The run time does not depend on the contents when the two
 *              strings have the same length; lengths themselves are not
 *              hidden. NULL never equals anything.
 * Input: a, b - strings
 * Return: 1 if equal, 0 if not
 */
int ct_streq(const char *a, const char *b);

/*
 * Function: hex_encode - bytes to lowercase hex
 * Input: in, n - the bytes
 * Output: out - 2n hex digits and NUL (out must hold 2n + 1 bytes)
 */
void hex_encode(const unsigned char *in, size_t n, char *out);

/*
 * Function: hex_decode - hex string to bytes
 * Description: Accepts upper- and lowercase digits. Rejects an odd length,
 *              any non-hex character, or more bytes than outmax.
 * Input: hex - NUL-terminated hex string; outmax - size of out
 * Output: out - decoded bytes (contents unspecified on failure)
 * Return: number of bytes written, or -1 on error
 */
int hex_decode(const char *hex, unsigned char *out, size_t outmax);

/*
 * Function: chain_hash - next link of the audit-log hash chain
 * Description: SHA-256 over (prev_hex || "\n" || content), as lowercase
 *              hex. prev_hex is the previous row's hash (CHAIN_GENESIS for
 *              the first row; NULL means the same); at most its first 64
 *              characters are used.
 * Input: prev_hex - previous hash; content, len - this row's canonical bytes
 *        (content may be NULL when len is 0)
 * Output: out - 64 hex digits and NUL
 */
void chain_hash(const char prev_hex[65], const char *content, size_t len,
				char out[65]);

#endif
