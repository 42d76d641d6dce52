/* device.c - signing and checking device cookies. */
#include "auth/device.h"

#include <ctype.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

#include "auth/token.h"

#define LOGIN_MAX 64

/* Logins are found without regard to case; so is their device cookie. */
static void lower(const char *login, char out[LOGIN_MAX + 1])
{
	size_t i = 0;
	for (; login[i] && i < LOGIN_MAX; i++)
		out[i] = (char)tolower((unsigned char)login[i]);
	out[i] = '\0';
}

void device_cookie_name(const char *login, char out[DEVICE_NAME_MAX])
{
	char l[LOGIN_MAX + 1], h[65];
	lower(login, l);
	sha256_hex(l, strlen(l), h);
	snprintf(out, DEVICE_NAME_MAX, "ldev%.16s", h);
}

/* HMAC-SHA256 over "device", the login and the id, in hex.  The secret is
 * used through a purpose label so the same secret signs nothing else alike. */
static int sign(const char *secret, const char *login, const char *id, char out[65])
{
	char l[LOGIN_MAX + 1], msg[LOGIN_MAX + DEVICE_ID_HEX + 16];
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	lower(login, l);
	int len = snprintf(msg, sizeof msg, "device\n%s\n%s", l, id);
	if (!HMAC(EVP_sha256(), secret, (int)strlen(secret), (const unsigned char *)msg, (size_t)len, mac, &n) ||
	    n != 32)
		return -1;
	hex_encode(mac, n, out);
	return 0;
}

int device_cookie_make(const char *secret, const char *login, char id[DEVICE_ID_HEX + 1],
    char value[DEVICE_VALUE_MAX])
{
	unsigned char raw[DEVICE_ID_HEX / 2];
	char sig[65];
	if (RAND_bytes(raw, sizeof raw) != 1)
		return -1;
	hex_encode(raw, sizeof raw, id);
	if (sign(secret, login, id, sig))
		return -1;
	snprintf(value, DEVICE_VALUE_MAX, "%s.%s", id, sig);
	return 0;
}

int device_cookie_check(const char *secret, const char *login, const char *value, char id[DEVICE_ID_HEX + 1])
{
	char want[65];
	id[0] = '\0';
	if (!value || strlen(value) != DEVICE_ID_HEX + 1 + 64 || value[DEVICE_ID_HEX] != '.')
		return 0;
	memcpy(id, value, DEVICE_ID_HEX);
	id[DEVICE_ID_HEX] = '\0';
	if (strspn(id, "0123456789abcdef") != DEVICE_ID_HEX || sign(secret, login, id, want) ||
	    !ct_streq(want, value + DEVICE_ID_HEX + 1)) {
		id[0] = '\0';
		return 0;
	}
	return 1;
}
