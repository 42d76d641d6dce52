/* test_cond.c -- the route condition language: parser and evaluator. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "engine/cond.h"

/* A request's fields for the evaluator; name NULL ends the table. */
struct field {
	const char *name;
	struct cval v;
};

static int lookups;

static int table_lookup(void *ctx, const char *name, struct cval *out)
{
	const struct field *f;

	lookups++;
	for (f = ctx; f->name != NULL; f++)
		if (strcmp(f->name, name) == 0) {
			*out = f->v;
			return 0;
		}
	return -1;
}

#define INT(n, x) { n, { CV_INT, (x), NULL } }
#define STR(n, x) { n, { CV_STR, 0, (x) } }
#define NONE(n) { n, { CV_NONE, 0, NULL } }
#define END { NULL, { CV_NONE, 0, NULL } }

static char err[256];

/* Parses and evaluates; fails the test if parsing fails. */
static int run(const char *src, struct field *fields)
{
	struct cond *c = cond_parse(src, err, sizeof err);
	int r;

	if (c == NULL)
		fail_msg("parse of \"%s\" failed: %s", src, err);
	r = cond_eval(c, table_lookup, fields, err, sizeof err);
	cond_free(c);
	return r;
}

/* Expects a parse error whose message is exactly want. */
static void parse_fails(const char *src, const char *want)
{
	struct cond *c = cond_parse(src, err, sizeof err);

	if (c != NULL) {
		cond_free(c);
		fail_msg("\"%s\" parsed but should not", src);
	}
	assert_string_equal(err, want);
}

static void test_comparison_of_int_field_with_threshold(void **state)
{
	struct field f3[] = { INT("days", 3), END }, f2[] = { INT("days", 2), END };
	(void)state;
	assert_int_equal(run("days >= 3", f3), 1);
	assert_int_equal(run("days >= 3", f2), 0);
	assert_int_equal(run("days > 3", f3), 0);
	assert_int_equal(run("days < 3", f2), 1);
	assert_int_equal(run("days <= 2", f2), 1);
	assert_int_equal(run("days != 3", f3), 0);
	assert_int_equal(run("days == 3", f3), 1);
}

static void test_amount_threshold_is_strictly_above(void **state)
{
	struct field at[] = { INT("amount", 500000), END };
	struct field above[] = { INT("amount", 500001), END };
	(void)state;
	assert_int_equal(run("amount > 500000", at), 0);
	assert_int_equal(run("amount > 500000", above), 1);
}

static void test_string_equality(void **state)
{
	struct field a[] = { STR("class", "A"), END }, b[] = { STR("class", "B"), END };
	(void)state;
	assert_int_equal(run("class == \"A\"", a), 1);
	assert_int_equal(run("class == \"A\"", b), 0);
	assert_int_equal(run("class != \"A\"", b), 1);
	assert_int_equal(run("\"A\" == class", a), 1);
}

static void test_and_binds_tighter_than_or(void **state)
{
	struct field f[] = { INT("a", 1), INT("b", 0), INT("c", 0), END };
	(void)state;
	/* a or (b and c) = true; (a or b) and c would be false */
	assert_int_equal(run("a == 1 or b == 1 and c == 1", f), 1);
	assert_int_equal(run("(a == 1 or b == 1) and c == 1", f), 0);
	assert_int_equal(run("b == 1 and c == 1 or a == 1", f), 1);
}

static void test_not_binds_tighter_than_and(void **state)
{
	struct field f[] = { INT("a", 0), INT("b", 0), END };
	(void)state;
	assert_int_equal(run("not a == 1 and b == 1", f), 0);
	assert_int_equal(run("not (a == 1 and b == 1)", f), 1);
	assert_int_equal(run("not not a == 0", f), 1);
}

static void test_not_of_parenthesised_or(void **state)
{
	struct field f1[] = { INT("a", 2), STR("b", "x"), END };
	struct field f2[] = { INT("a", 1), STR("b", "x"), END };
	struct field f3[] = { INT("a", 2), STR("b", "y"), END };
	(void)state;
	const char *src = "not (a == 1 or b != \"x\")";
	assert_int_equal(run(src, f1), 1);
	assert_int_equal(run(src, f2), 0);
	assert_int_equal(run(src, f3), 0);
}

static void test_symbol_synonyms_match_keywords(void **state)
{
	(void)state;
	for (int a = 0; a < 2; a++)
		for (int b = 0; b < 2; b++)
			for (int c = 0; c < 2; c++) {
				struct field f[] = { INT("a", a), INT("b", b), INT("c", c), END };
				int words = run("not (a == 1 and b == 1) or c == 1", f);
				int symbols = run("!(a == 1 && b == 1) || c == 1", f);
				assert_int_equal(words, !(a && b) || c);
				assert_int_equal(symbols, words);
			}
	struct field f[] = { INT("a", 0), END };
	assert_int_equal(run("!a", f), 1);
	assert_int_equal(run("a!=1", f), 1);
}

static void test_bare_name_truthiness(void **state)
{
	struct field f[] = { INT("one", 1), INT("zero", 0), INT("neg", -7), STR("s", "x"),
			     STR("empty", ""), NONE("none"), END };
	(void)state;
	assert_int_equal(run("one", f), 1);
	assert_int_equal(run("neg", f), 1);
	assert_int_equal(run("zero", f), 0);
	assert_int_equal(run("s", f), 1);
	assert_int_equal(run("empty", f), 0);
	assert_int_equal(run("none", f), 0);
	assert_int_equal(run("not none", f), 1);
	assert_int_equal(run("one and s and not zero", f), 1);
}

static void test_empty_field_is_unequal_to_everything(void **state)
{
	struct field f[] = { NONE("x"), NONE("y"), END };
	(void)state;
	assert_int_equal(run("x == 1", f), 0);
	assert_int_equal(run("x != 1", f), 1);
	assert_int_equal(run("x == \"\"", f), 0);
	assert_int_equal(run("x != \"\"", f), 1);
	assert_int_equal(run("x == y", f), 0);
	assert_int_equal(run("x != y", f), 1);
	assert_int_equal(run("x < 1", f), 0);
	assert_int_equal(run("x >= 1", f), 0);
	/* no type error either: empty has no type */
	assert_int_equal(run("x > \"a\" or x < 5", f), 0);
}

static void test_strings_order_by_bytes(void **state)
{
	struct field f[] = { STR("a", "a"), STR("b", "b"), STR("upper", "B"),
			     STR("ab", "ab"), STR("cn", "\xE5\xB8\x82"), END };
	(void)state;
	assert_int_equal(run("a < b", f), 1);
	assert_int_equal(run("upper < a", f), 1);   /* 'B' 0x42 < 'a' 0x61 */
	assert_int_equal(run("ab > a", f), 1);
	assert_int_equal(run("cn > b", f), 1);      /* 0xE5 sorts above ASCII */
	assert_int_equal(run("a <= \"a\" and a >= \"a\"", f), 1);
}

static void test_negative_and_int64_limit_literals(void **state)
{
	struct field f[] = { INT("x", -5), INT("min", INT64_MIN), INT("max", INT64_MAX), END };
	(void)state;
	assert_int_equal(run("x == -5", f), 1);
	assert_int_equal(run("x > -6 and x < -4", f), 1);
	assert_int_equal(run("x==-5", f), 1);
	assert_int_equal(run("min == -9223372036854775808", f), 1);
	assert_int_equal(run("max == 9223372036854775807", f), 1);
	assert_int_equal(run("min < max", f), 1);
	assert_int_equal(run("x == 5", f), 0);
}

static void test_integer_overflow_is_a_parse_error(void **state)
{
	(void)state;
	parse_fails("x > 9223372036854775808", "column 5: number out of range");
	parse_fails("x > -9223372036854775809", "column 5: number out of range");
	parse_fails("x > 99999999999999999999999999", "column 5: number out of range");
}

static void test_unknown_field_is_an_evaluation_error(void **state)
{
	struct field f[] = { INT("days", 5), END };
	(void)state;
	assert_int_equal(run("days > 3 and dyas > 3", f), -1);
	assert_string_equal(err, "column 14: unknown field 'dyas'");
}

static void test_int_compared_with_string_is_an_error(void **state)
{
	struct field f[] = { INT("class", 1), STR("type", "personal"), END };
	(void)state;
	assert_int_equal(run("class == \"A\"", f), -1);
	assert_string_equal(err, "column 7: cannot compare field 'class' (a number) with a string");
	assert_int_equal(run("type > 3", f), -1);
	assert_string_equal(err, "column 6: cannot compare field 'type' (a string) with a number");
}

static void test_every_term_is_evaluated_so_errors_always_surface(void **state)
{
	struct field f[] = { INT("a", 0), INT("b", 1), END };
	(void)state;
	lookups = 0;
	assert_int_equal(run("a == 1 and b == 1", f), 0);
	assert_int_equal(lookups, 2);
	/* a false left side does not hide a misspelt name on the right */
	assert_int_equal(run("a == 1 and missing == 1", f), -1);
	assert_int_equal(run("b == 1 or missing == 1", f), -1);
}

static void test_error_column_for_missing_value_after_operator(void **state)
{
	(void)state;
	parse_fails("days >=", "column 8: expected value after '>='");
	parse_fails("amount >= and x", "column 11: expected value after '>=', found 'and'");
	parse_fails("a == )", "column 6: expected value after '==', found ')'");
}

static void test_empty_source_is_an_error(void **state)
{
	(void)state;
	parse_fails("", "column 1: empty expression");
	parse_fails("  \t\n", "column 5: empty expression");
	assert_null(cond_parse(NULL, err, sizeof err));
	assert_true(strlen(err) > 0);
}

static void test_length_limit_of_1000_bytes(void **state)
{
	char src[1100];
	struct field f[] = { INT("a", 1), END };
	(void)state;
	memset(src, ' ', sizeof src);
	memcpy(src, "a == 1", 6);
	src[1000] = '\0';
	assert_int_equal(run(src, f), 1);
	src[1000] = ' ';
	src[1001] = '\0';
	parse_fails(src, "column 1001: expression longer than 1000 bytes");
}

static void test_nesting_limit_is_an_error_not_a_crash(void **state)
{
	char src[1001];
	struct field f[] = { INT("a", 1), END };
	int k;
	(void)state;
	/* 32 levels parse */
	for (k = 0; k < 32; k++)
		src[k] = '(';
	src[32] = 'a';
	for (k = 0; k < 32; k++)
		src[33 + k] = ')';
	src[65] = '\0';
	assert_int_equal(run(src, f), 1);
	/* 33 do not */
	memset(src, '(', 33);
	strcpy(src + 33, "a");
	parse_fails(src, "column 33: nesting deeper than 32 levels");
	/* as deep as 1000 bytes allow */
	memset(src, '(', 1000);
	src[1000] = '\0';
	parse_fails(src, "column 33: nesting deeper than 32 levels");
	/* "not" counts as a level too */
	src[0] = '\0';
	for (k = 0; k < 33; k++)
		strcat(src, "not ");
	strcat(src, "a");
	parse_fails(src, "column 129: nesting deeper than 32 levels");
}

static void test_long_flat_chain_is_fine(void **state)
{
	char src[1001] = "a";
	struct field f[] = { INT("a", 0), INT("b", 1), END };
	(void)state;
	while (strlen(src) + 5 <= 995)
		strcat(src, " or a");
	strcat(src, " or b");
	assert_int_equal(run(src, f), 1);
}

static void test_string_escapes(void **state)
{
	struct field f[] = { STR("s", "say \"hi\" \\ ok"), END };
	(void)state;
	assert_int_equal(run("s == \"say \\\"hi\\\" \\\\ ok\"", f), 1);
	parse_fails("s == \"a\\nb\"", "column 8: invalid escape in string: only \\\" and \\\\ are allowed");
	parse_fails("s == \"abc", "column 6: unterminated string");
	parse_fails("s == \"abc\\\"", "column 6: unterminated string");
	parse_fails("s == \"a\tb\"", "column 8: control character in string");
}

static void test_utf8_strings_and_character_columns(void **state)
{
	struct field f[] = { STR("dept", "\xE5\xB8\x82\xE5\x9C\xBA\xE9\x83\xA8"), END }; /* 市场部 */
	(void)state;
	assert_int_equal(run("dept == \"\xE5\xB8\x82\xE5\x9C\xBA\xE9\x83\xA8\"", f), 1);
	assert_int_equal(run("dept == \"\xE5\xB8\x82\"", f), 0);
	/* columns count characters: the three Chinese characters are 3 columns */
	parse_fails("dept == \"\xE5\xB8\x82\xE5\x9C\xBA\xE9\x83\xA8\" and",
		    "column 18: expected a condition after 'and', found end of expression");
	parse_fails("s == \"\xFF\"", "column 7: invalid UTF-8 in string");
	parse_fails("s == \"\xE5\xB8\"", "column 7: invalid UTF-8 in string");
	parse_fails("s == \"\xED\xA0\x80\"", "column 7: invalid UTF-8 in string"); /* surrogate */
	parse_fails("s == \"\xC0\xAF\"", "column 7: invalid UTF-8 in string");     /* overlong */
	parse_fails("\xE5\xB8\x82 == 1", "column 1: non-ASCII character outside a string");
}

static void test_lexical_errors_have_helpful_messages(void **state)
{
	(void)state;
	parse_fails("a = 1", "column 3: '=' is not an operator; use '==' to compare");
	parse_fails("a & b", "column 3: single '&'; use '&&' or 'and'");
	parse_fails("a | b", "column 3: single '|'; use '||' or 'or'");
	parse_fails("Days > 1", "column 1: names use lowercase letters, digits and '_' only");
	parse_fails("a AND b", "column 3: names use lowercase letters, digits and '_' only");
	parse_fails("a > 1.5", "column 5: malformed number (only whole numbers, e.g. 500000)");
	parse_fails("a > 3days", "column 5: malformed number (only whole numbers, e.g. 500000)");
	parse_fails("a > - 3", "column 5: '-' must be followed by digits");
	parse_fails("a @ 1", "column 3: unexpected character '@'");
	parse_fails("a\x01", "column 2: unexpected control character 0x01");
}

static void test_syntax_errors_have_columns(void **state)
{
	(void)state;
	parse_fails("a b", "column 3: expected 'and', 'or' or end of expression, found 'b'");
	parse_fails("(a == 1", "column 8: expected 'and', 'or' or ')' to close the '(' at column 1, found end of expression");
	parse_fails("a == 1)", "column 7: expected 'and', 'or' or end of expression, found ')'");
	parse_fails("1", "column 1: a value alone is not a condition; compare it with == != < <= > >=");
	parse_fails("a and \"x\"", "column 7: a value alone is not a condition; compare it with == != < <= > >=");
	parse_fails("a < b < c", "column 7: comparisons cannot be chained; join them with 'and'");
	parse_fails("and a", "column 1: expected a condition, found 'and'");
	parse_fails("a and", "column 6: expected a condition after 'and', found end of expression");
	parse_fails("a || || b", "column 6: expected a condition after '||', found '||'");
	parse_fails("()", "column 2: expected a condition after '(', found ')'");
	parse_fails("(a) == 1", "column 5: expected 'and', 'or' or end of expression, found '=='");
	parse_fails("not", "column 4: expected a condition after 'not', found end of expression");
}

static void test_keyword_prefixes_are_ordinary_names(void **state)
{
	struct field f[] = { INT("android", 1), INT("order", 2), INT("note", 3),
			     INT("nothing", 0), INT("_x9", 4), END };
	(void)state;
	assert_int_equal(run("android == 1 and order == 2 and note == 3", f), 1);
	assert_int_equal(run("nothing or _x9 == 4", f), 1);
}

static void test_whitespace_and_literal_only_comparisons(void **state)
{
	struct field f[] = { INT("a", 1), END };
	(void)state;
	assert_int_equal(run("\ta\n==\r\n1\n", f), 1);
	assert_int_equal(run("a==1&&a!=2", f), 1);
	assert_int_equal(run("1 < 2", f), 1);
	assert_int_equal(run("\"a\" == \"b\"", f), 0);
	assert_int_equal(run("007 == 7", f), 1);
}

static void test_names_lists_distinct_fields_in_order(void **state)
{
	const char *names[4] = { NULL };
	struct cond *c = cond_parse("days > 3 and type == \"personal\" or days < 1 and not urgent",
				    err, sizeof err);
	(void)state;
	assert_non_null(c);
	assert_int_equal(cond_names(c, names, 4), 3);
	assert_string_equal(names[0], "days");
	assert_string_equal(names[1], "type");
	assert_string_equal(names[2], "urgent");
	assert_null(names[3]);
	/* short array: total still reported, only max written */
	const char *two[2] = { NULL, NULL };
	assert_int_equal(cond_names(c, two, 1), 3);
	assert_string_equal(two[0], "days");
	assert_null(two[1]);
	assert_int_equal(cond_names(c, NULL, 0), 3);
	cond_free(c);
	c = cond_parse("1 == 1", err, sizeof err);
	assert_int_equal(cond_names(c, names, 4), 0);
	cond_free(c);
	assert_int_equal(cond_names(NULL, names, 4), -1);
}

static int bad_type_lookup(void *ctx, const char *name, struct cval *out)
{
	(void)name;
	out->type = *(const int *)ctx == 0 ? (enum cval_type)42 : CV_STR;
	out->s = NULL;
	return 0;
}

static void test_null_arguments_and_bad_lookup_values(void **state)
{
	struct cond *c = cond_parse("x == \"a\"", err, sizeof err);
	int mode = 0;
	(void)state;
	assert_non_null(c);
	assert_int_equal(cond_eval(NULL, table_lookup, NULL, err, sizeof err), -1);
	assert_int_equal(cond_eval(c, NULL, NULL, err, sizeof err), -1);
	assert_int_equal(cond_eval(c, bad_type_lookup, &mode, err, sizeof err), -1);
	assert_string_equal(err, "column 1: field 'x' has an invalid value type");
	mode = 1;
	assert_int_equal(cond_eval(c, bad_type_lookup, &mode, err, sizeof err), -1);
	assert_string_equal(err, "column 1: field 'x' has no string value");
	cond_free(c);
	cond_free(NULL);
}

static void test_error_buffer_may_be_absent_or_tiny(void **state)
{
	char tiny[8];
	struct field f[] = { END };
	(void)state;
	assert_null(cond_parse("a ==", NULL, 0));
	assert_null(cond_parse("a ==", tiny, sizeof tiny));
	assert_string_equal(tiny, "column ");
	struct cond *c = cond_parse("zz", NULL, 0);
	assert_non_null(c);
	assert_int_equal(cond_eval(c, table_lookup, f, NULL, 0), -1);
	assert_int_equal(cond_eval(c, table_lookup, f, tiny, sizeof tiny), -1);
	assert_int_equal(strlen(tiny), 7);
	cond_free(c);
}

/* ---- words ---- */

static void say_plain(void *ctx, const struct cond_term *l, enum cond_op op, const struct cond_term *r, char *out,
    size_t outlen)
{
	static const char *const ops[] = {"=", "!=", "<", "<=", ">", ">=", "?"};
	(void)ctx;
	char rv[64] = "";
	if (r && r->v.type == CV_INT)
		snprintf(rv, sizeof rv, "%lld", r->v.i);
	else if (r)
		snprintf(rv, sizeof rv, "%s%s", r->is_name ? "$" : "", r->v.s);
	snprintf(out, outlen, "[%s%s%s]", l->v.s, ops[op], rv);
}

static void test_say_walks_and_or_not_with_groups(void **state)
{
	(void)state;
	struct cond_words w = {" & ", " | ", "not", "(", ")", say_plain, NULL};
	char out[200];
	struct cond *c = cond_parse("kind == \"personal\" and days > personal_gm_days or not flag", NULL, 0);
	assert_non_null(c);
	assert_int_equal(cond_say(c, &w, out, sizeof out), 0);
	assert_string_equal(out, "([kind=personal] & [days>$personal_gm_days]) | not([flag?])");
	/* too small: refused whole, never cut mid-word */
	assert_int_equal(cond_say(c, &w, out, 12), -1);
	assert_true(strlen(out) < 12);
	assert_int_equal(cond_say(NULL, &w, out, sizeof out), -1);
	cond_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_comparison_of_int_field_with_threshold),
		cmocka_unit_test(test_amount_threshold_is_strictly_above),
		cmocka_unit_test(test_string_equality),
		cmocka_unit_test(test_and_binds_tighter_than_or),
		cmocka_unit_test(test_not_binds_tighter_than_and),
		cmocka_unit_test(test_not_of_parenthesised_or),
		cmocka_unit_test(test_symbol_synonyms_match_keywords),
		cmocka_unit_test(test_bare_name_truthiness),
		cmocka_unit_test(test_empty_field_is_unequal_to_everything),
		cmocka_unit_test(test_strings_order_by_bytes),
		cmocka_unit_test(test_negative_and_int64_limit_literals),
		cmocka_unit_test(test_integer_overflow_is_a_parse_error),
		cmocka_unit_test(test_unknown_field_is_an_evaluation_error),
		cmocka_unit_test(test_int_compared_with_string_is_an_error),
		cmocka_unit_test(test_every_term_is_evaluated_so_errors_always_surface),
		cmocka_unit_test(test_error_column_for_missing_value_after_operator),
		cmocka_unit_test(test_empty_source_is_an_error),
		cmocka_unit_test(test_length_limit_of_1000_bytes),
		cmocka_unit_test(test_nesting_limit_is_an_error_not_a_crash),
		cmocka_unit_test(test_long_flat_chain_is_fine),
		cmocka_unit_test(test_string_escapes),
		cmocka_unit_test(test_utf8_strings_and_character_columns),
		cmocka_unit_test(test_lexical_errors_have_helpful_messages),
		cmocka_unit_test(test_syntax_errors_have_columns),
		cmocka_unit_test(test_keyword_prefixes_are_ordinary_names),
		cmocka_unit_test(test_whitespace_and_literal_only_comparisons),
		cmocka_unit_test(test_names_lists_distinct_fields_in_order),
		cmocka_unit_test(test_null_arguments_and_bad_lookup_values),
		cmocka_unit_test(test_error_buffer_may_be_absent_or_tiny),
		cmocka_unit_test(test_say_walks_and_or_not_with_groups),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
