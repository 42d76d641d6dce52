/*
 * limits.h - the hard limits of the request parsers (Liaison.Limits.* in
 * the configuration): what a request may be at most before it is refused.
 */
#ifndef LIAISON_LIMITS_H
#define LIAISON_LIMITS_H

#include <stddef.h>

struct limits {
	size_t max_body;    /* whole body bytes */
	size_t max_fields;  /* number of params */
	size_t max_name;    /* bytes in a name */
	size_t max_value;   /* bytes in a non-file value */
	size_t max_file;    /* bytes in one uploaded file */
};

#endif
