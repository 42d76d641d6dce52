/*
 * text.h - UTF-8 text measured in characters, as the forms and the
 * database columns count it; nothing here ever cuts inside a character.
 */
#ifndef LIAISON_TEXT_H
#define LIAISON_TEXT_H

#include <stddef.h>

/* text_chars - the number of characters (code points) of s. */
size_t text_chars(const char *s);

/* text_prefix - the byte length of the first max characters of s (all of
 * s when it is shorter). */
size_t text_prefix(const char *s, size_t max);

/* text_summary - s into out (outlen bytes) as at most max characters:
 * whole when it fits, else its first max-1 characters and "…", so a cut
 * is always visible and never inside a character.  Returns 1 when cut. */
int text_summary(const char *s, size_t max, char *out, size_t outlen);

#endif
