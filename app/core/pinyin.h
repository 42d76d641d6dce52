/*
 * pinyin.h - the pinyin initials of a Chinese name, so people can be found
 * by typing "zw" for 张伟.  Covers the 3,755 common characters of GB2312
 * level 1, which GB2312 orders by pinyin; rarer characters are skipped.
 */
#ifndef LIAISON_PINYIN_H
#define LIAISON_PINYIN_H

#include <stddef.h>

/* pinyin_initials - initials of utf8 into out (lowercase ASCII): a common
 * hanzi gives its pinyin's first letter, an ASCII letter itself lowercased,
 * anything else nothing.  Returns the number of letters written (out is
 * always terminated; letters that do not fit are dropped). */
size_t pinyin_initials(const char *utf8, char *out, size_t outlen);

#endif
