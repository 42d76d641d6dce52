/* cond.h -- the condition language of approval route steps.
 *
 * A route file may guard a step with a condition on the request's fields:
 *     days >= 3
 *     amount > 500000 and class == "A"
 *     not (a == 1 or b != "x")
 * Grammar (keywords lowercase; && || ! are accepted for and or not):
 *     or-expr    := and-expr ("or" and-expr)*
 *     and-expr   := unary ("and" unary)*
 *     unary      := "not" unary | primary
 *     primary    := "(" or-expr ")" | comparison | identifier
 *     comparison := operand ("=="|"!="|"<"|"<="|">"|">=") operand
 *     operand    := identifier | integer | string
 *     identifier := [a-z_][a-z0-9_]*   (not a keyword)
 *     integer    := -?[0-9]+           (int64; overflow is an error)
 *     string     := "..." with \" and \\ as the only escapes; valid UTF-8
 * A bare identifier is true when its value is a non-zero integer or a
 * non-empty string. Conditions are compiled once when the route file is
 * loaded and evaluated many times.
 */
#ifndef LIAISON_ENGINE_COND_H
#define LIAISON_ENGINE_COND_H

#include <stddef.h>

#define COND_MAX_LEN 1000   /* bytes of source */
#define COND_MAX_DEPTH 32   /* nested parentheses and "not"s */

struct cond; /* opaque compiled expression */

enum cval_type { CV_NONE, CV_INT, CV_STR };

/* A field's value. CV_NONE: the field exists but is empty; it compares
 * unequal to everything (so "x != 1" is true) and is falsy. s must stay
 * valid until cond_eval returns. */
struct cval {
	enum cval_type type;
	long long i;
	const char *s;
};

/* Supplies the value of field name: 0 found (out filled), -1 unknown. */
typedef int (*cond_lookup)(void *ctx, const char *name, struct cval *out);

/* cond_parse
 * Description: Compiles a condition. Bounded work and stack on any input:
 *              at most COND_MAX_LEN bytes and COND_MAX_DEPTH nesting levels
 *              (each "(" and each "not" is one level).
 * Input:       src - NUL-terminated source; err/errlen - message buffer
 *              (may be NULL/0).
 * Output:      err - on failure a message with the 1-based column (counted
 *              in characters, UTF-8 aware), e.g.
 *              "column 7: expected a value after '>='". Messages quote only
 *              ASCII operators and names, never raw bytes of the source.
 * Return:      the compiled condition (free with cond_free), or NULL on a
 *              syntax error, empty source, or out of memory.
 */
struct cond *cond_parse(const char *src, char *err, size_t errlen);

/* cond_eval
 * Description: Evaluates c, asking lookup for each field. Both sides of
 *              and/or are always evaluated: a route with a misspelt field
 *              or a type error fails every time, not only on the requests
 *              that happen to reach that part.
 *              Comparing an integer with a string is an error; < <= > >= on
 *              two strings compare byte order; any comparison with CV_NONE
 *              is false except != which is true.
 * Input:       c - compiled condition; lookup/ctx - the field source;
 *              err/errlen - message buffer (may be NULL/0).
 * Return:      1 true, 0 false, -1 error (message in err: unknown field,
 *              type mismatch, bad value from lookup, NULL arguments).
 */
int cond_eval(const struct cond *c, cond_lookup lookup, void *ctx,
	      char *err, size_t errlen);

/* cond_free
 * Description: Releases c and the strings cond_names returned. NULL is a no-op.
 */
void cond_free(struct cond *c);

/* cond_names
 * Description: The distinct field names c uses, in order of first use, so a
 *              route file can be checked against a request type's declared
 *              fields at load time.
 * Input:       names/max - where to store up to max pointers (owned by c;
 *              valid until cond_free). names may be NULL when max is 0.
 * Return:      the total number of distinct names (may exceed max: then only
 *              the first max are stored); -1 if c is NULL.
 */
int cond_names(const struct cond *c, const char **names, int max);

/* Operators as cond_say reports them (COND_TRUE: a bare field name). */
enum cond_op { COND_EQ, COND_NE, COND_LT, COND_LE, COND_GT, COND_GE, COND_TRUE };

/* One side of a comparison: a field or setting name (is_name, v.s the
 * name), or a literal value. */
struct cond_term {
	int is_name;
	struct cval v;
};

/* How to put a condition into words: say() writes one comparison (right is
 * NULL for COND_TRUE); the joining words go between and around them. */
struct cond_words {
	const char *and_w, *or_w, *not_w, *open, *close;
	void (*say)(void *ctx, const struct cond_term *left, enum cond_op op, const struct cond_term *right,
	    char *out, size_t outlen);
	void *ctx;
};

/* cond_say
 * Description: Writes c in words (for people reading a route), walking the
 *              compiled expression: "and" groups inside an "or" are put in
 *              open/close. Output is cut only at the buffer's end, never
 *              inside a UTF-8 sequence.
 * Return:      0, or -1 when c or w is NULL or the words did not fit.
 */
int cond_say(const struct cond *c, const struct cond_words *w, char *out, size_t outlen);

#endif
