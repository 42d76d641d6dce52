/*
 * device.h - the device cookie (OWASP's "device cookie" pattern): a browser
 * that has logged in as an account carries a signed mark of it, and the
 * login throttle spares it that account's and its address's lockouts.  A
 * guesser has no such cookie; a colleague who mistypes on her own PC does.
 *
 * One cookie per account a browser knows (the name is derived from the
 * login), so colleagues sharing a PC each keep theirs.  The value is a
 * random id and an HMAC-SHA256 over the lower-cased login and the id under
 * a key derived from the instance secret: it cannot be made for another
 * account or another id.  Pure module: depends only on libcrypto.
 */
#ifndef LIAISON_DEVICE_H
#define LIAISON_DEVICE_H

#include <stddef.h>

#define DEVICE_ID_HEX 32
#define DEVICE_NAME_MAX 24       /* "ldev" and 16 hex digits, NUL */
#define DEVICE_VALUE_MAX 100     /* id "." 64 hex digits, NUL */
#define DEVICE_MAX_AGE (180 * 86400)

/* device_cookie_name - the cookie's name for login ("ldev" + 16 hex). */
void device_cookie_name(const char *login, char out[DEVICE_NAME_MAX]);

/* device_cookie_make - a fresh id (into id) and the cookie value binding it
 * to login under secret.  Returns 0, or -1 when no random id could be made. */
int device_cookie_make(const char *secret, const char *login, char id[DEVICE_ID_HEX + 1],
    char value[DEVICE_VALUE_MAX]);

/* device_cookie_check - whether value is a device cookie of login under
 * secret; its id goes to id.  Returns 1 when it is, 0 otherwise. */
int device_cookie_check(const char *secret, const char *login, const char *value, char id[DEVICE_ID_HEX + 1]);

#endif
