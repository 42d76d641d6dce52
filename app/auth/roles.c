/* roles.c - names of the role bits. */
#include "auth/roles.h"

static const char *const keys[ROLE_COUNT] = {
	"staff", "deputy", "head", "director", "gm", "exec",
	"office", "finance", "clerk", "admin", "assistant", "chairman",
};

const char *role_key(unsigned bit_index) { return bit_index < ROLE_COUNT ? keys[bit_index] : ""; }
