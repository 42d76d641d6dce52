/* keyring.c - reading, extending and using the audit chain's key file. */
#include "audit/keyring.h"

#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "auth/token.h"

const struct audit_key *keyring_find(const struct keyring *kr, int id)
{
	for (int i = 0; i < kr->n; i++)
		if (kr->keys[i].id == id)
			return &kr->keys[i];
	return NULL;
}

int keyring_newest(const struct keyring *kr) { return kr->n ? kr->keys[kr->n - 1].id : 0; }

/* One line of the file into kr; -1 when it is neither a key nor "legacy N". */
static int parse_line(char *line, struct keyring *kr)
{
	char hex[80];
	int id;
	long long n;
	line[strcspn(line, "\r\n")] = '\0';
	if (!line[0] || line[0] == '#')
		return 0;
	if (sscanf(line, "legacy %lld", &n) == 1 && n >= 0) {
		kr->legacy = n;
		return 0;
	}
	if (sscanf(line, "%d %79s", &id, hex) != 2 || id <= 0 || strlen(hex) != 64 || kr->n == KEYRING_MAX ||
	    keyring_find(kr, id) || id <= keyring_newest(kr))
		return -1;
	struct audit_key *k = &kr->keys[kr->n];
	if (hex_decode(hex, k->key, sizeof k->key) != 32)
		return -1;
	k->id = id;
	kr->n++;
	return 0;
}

int keyring_load(const char *path, struct keyring *kr, char *err, size_t errlen)
{
	char line[256];
	int lineno = 0, bad = 0;
	memset(kr, 0, sizeof *kr);
	FILE *f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "audit key file %s cannot be read", path);
		return -1;
	}
	while (!bad && fgets(line, sizeof line, f)) {
		lineno++;
		bad = parse_line(line, kr);
	}
	fclose(f);
	if (bad)
		snprintf(err, errlen, "audit key file %s: line %d is not \"<id> <64 hex>\" with a new, higher id",
		    path, lineno);
	else if (!kr->n)
		snprintf(err, errlen, "audit key file %s holds no key", path);
	return bad || !kr->n ? -1 : 0;
}

void chain_mac(const struct audit_key *k, const char prev_hex[65], const char *content, size_t len,
    char out[65])
{
	if (!k) {
		chain_hash(prev_hex, content, len, out);
		return;
	}
	unsigned char md[32];
	size_t mdlen = 0;
	char digest[] = "SHA256";
	OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
	static EVP_MAC *mac;   /* fetched once: a verify walks every row */
	if (!mac)
		mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
	EVP_MAC_CTX *h = mac ? EVP_MAC_CTX_new(mac) : NULL;
	/* As in chain_hash: a wrong MAC in the chain would be worse than a crash. */
	if (!h || !EVP_MAC_init(h, k->key, sizeof k->key, params) ||
	    !EVP_MAC_update(h, (const unsigned char *)prev_hex, strnlen(prev_hex, 64)) ||
	    !EVP_MAC_update(h, (const unsigned char *)"\n", 1) ||
	    (len && !EVP_MAC_update(h, (const unsigned char *)content, len)) ||
	    !EVP_MAC_final(h, md, &mdlen, sizeof md) || mdlen != sizeof md)
		abort();
	EVP_MAC_CTX_free(h);
	hex_encode(md, sizeof md, out);
}

int keyring_append(const char *path, char *err, size_t errlen)
{
	struct keyring kr;
	unsigned char key[32];
	char hex[65], line[96];
	int id = keyring_load(path, &kr, err, errlen) == 0 ? keyring_newest(&kr) + 1 : -1;
	if (id < 0 && access(path, F_OK) == 0)
		return -1;            /* a file that exists but is broken stays as it is */
	if (id < 0)
		id = 1;
	if (RAND_bytes(key, sizeof key) != 1) {
		snprintf(err, errlen, "no random bytes for a new audit key");
		return -1;
	}
	hex_encode(key, sizeof key, hex);
	OPENSSL_cleanse(key, sizeof key);
	int n = snprintf(line, sizeof line, "%d %s\n", id, hex);
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0600);
	int ok = fd >= 0 && write(fd, line, (size_t)n) == n && fsync(fd) == 0;
	OPENSSL_cleanse(line, sizeof line);
	if (fd >= 0)
		close(fd);
	if (!ok) {
		snprintf(err, errlen, "cannot append a key to %s", path);
		return -1;
	}
	return id;
}
