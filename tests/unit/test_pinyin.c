/* test_pinyin.c - initials of names as people type them to find someone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "core/pinyin.h"

static void test_initials_of_the_demo_names(void **state)
{
	(void)state;
	static const char *const names[][2] = {
	    {"张伟", "zw"}, {"李强", "lq"}, {"周敏", "zm"}, {"王建国", "wjg"}, {"赵志远", "zzy"}, {"孙丽华", "slh"},
	    {"钱明", "qm"}, {"刘洋", "ly"}, {"何静", "hj"}, {"陈刚", "cg"}, {"杨帆", "yf"}, {"黄磊", "hl"},
	    {"吴芳", "wf"}, {"郑洁", "zj"}, {"系统管理员", "xtgly"},
	};
	char out[16];
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		pinyin_initials(names[i][0], out, sizeof out);
		assert_string_equal(out, names[i][1]);
	}
}

static void test_the_edges_of_each_run(void **state)
{
	(void)state;
	char out[8];
	/* 啊 is the first of level 1 (a), 座 the last (z); 芭 opens b, 擦 c */
	pinyin_initials("啊芭擦座", out, sizeof out);
	assert_string_equal(out, "abcz");
}

static void test_letters_kept_others_skipped_output_bounded(void **state)
{
	(void)state;
	char out[4];
	assert_int_equal(pinyin_initials("Ann 李·😀", out, sizeof out), 3);
	assert_string_equal(out, "ann");   /* 李 did not fit: dropped, not cut */
	char wide[16];
	assert_int_equal(pinyin_initials("Ann 李·😀", wide, sizeof wide), 4);
	assert_string_equal(wide, "annl");
	assert_int_equal(pinyin_initials("", wide, sizeof wide), 0);
	assert_int_equal(pinyin_initials(NULL, wide, sizeof wide), 0);
	assert_int_equal(pinyin_initials("\xe5\xbc", wide, sizeof wide), 0);   /* a cut character */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_initials_of_the_demo_names),
		cmocka_unit_test(test_the_edges_of_each_run),
		cmocka_unit_test(test_letters_kept_others_skipped_output_bounded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
