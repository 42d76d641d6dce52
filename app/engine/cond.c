/* cond.c -- parser and evaluator of route step conditions (see cond.h).
 *
 * Recursive descent with one token of lookahead. The compiled form is a
 * node array in a single allocation: and/or chains are n-ary nodes
 * (first child + next sibling), so evaluation recursion is bounded by the
 * nesting limit, not by how many terms a long chain has.
 */
#include "engine/cond.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum node_kind { N_OR, N_AND, N_NOT, N_CMP, N_IDENT, N_INT, N_STR };
enum cmp_op { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE };

struct node {
	unsigned char kind;
	unsigned char op;     /* N_CMP */
	int first;            /* first child or -1 */
	int next;             /* next sibling or -1 */
	int col;              /* 1-based source column, for messages */
	int text;             /* N_IDENT, N_STR: offset into cond->text */
	long long i;          /* N_INT */
};

struct cond {
	struct node *nodes;
	int nnodes;
	int root;
	const char **names;
	int nnames;
	char *text;
};

enum tok_type {
	T_END, T_LPAREN, T_RPAREN, T_AND, T_OR, T_NOT, T_CMP,
	T_IDENT, T_INT, T_STR
};

struct tok {
	enum tok_type type;
	size_t start, len;    /* source bytes */
	enum cmp_op op;       /* T_CMP */
	long long i;          /* T_INT */
	int text;             /* T_IDENT, T_STR: offset into parser text */
};

struct parser {
	const char *src;
	size_t len, pos;
	struct tok tok;       /* lookahead */
	struct tok prev;      /* last consumed, for "after 'x'" messages */
	struct node *nodes;
	int nnodes, cap;
	char *text;
	size_t textlen;
	int depth;
	char *err;
	size_t errlen;
};

/* ---- messages ---------------------------------------------------------- */

static void set_err(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* Columns count characters, not bytes, so they match what an editor shows
 * for a condition holding Chinese text: UTF-8 continuation bytes are skipped. */
static int column_of(const struct parser *p, size_t pos)
{
	int col = 1;
	size_t i;

	for (i = 0; i < pos && i < p->len; i++)
		if (((unsigned char)p->src[i] & 0xC0) != 0x80)
			col++;
	return col + (int)(pos > p->len ? pos - p->len : 0);
}

static int fail(struct parser *p, size_t pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Formats "column N: message". fmt is always a literal from this file. */
static int fail(struct parser *p, size_t pos, const char *fmt, ...)
{
	char msg[192];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	set_err(p->err, p->errlen, "column %d: %s", column_of(p, pos), msg);
	return -1;
}

/* Describes a token for a message using only ASCII from the source:
 * identifiers and operators are ASCII by construction, literals are named
 * by kind so no raw user bytes reach the message. */
static const char *describe(const struct parser *p, const struct tok *t,
			    char *buf, size_t buflen)
{
	switch (t->type) {
	case T_END:
		return "end of expression";
	case T_INT:
		return "a number";
	case T_STR:
		return "a string";
	case T_IDENT:
		snprintf(buf, buflen, "'%.*s'%s", t->len > 32 ? 32 : (int)t->len,
			 p->src + t->start, t->len > 32 ? "..." : "");
		return buf;
	default:
		snprintf(buf, buflen, "'%.*s'", (int)t->len, p->src + t->start);
		return buf;
	}
}

/* ---- lexer ------------------------------------------------------------- */

static int is_ident_start(int c) { return (c >= 'a' && c <= 'z') || c == '_'; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_ident_char(int c) { return is_ident_start(c) || is_digit(c); }
static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }

static int byte_at(const struct parser *p, size_t i)
{
	return i < p->len ? (unsigned char)p->src[i] : 0;
}

static int add_text(struct parser *p, const char *s, size_t n)
{
	int at = (int)p->textlen;

	memcpy(p->text + p->textlen, s, n);
	p->textlen += n;
	p->text[p->textlen++] = '\0';
	return at;
}

static int lex_ident(struct parser *p, struct tok *t)
{
	size_t i = p->pos;
	size_t n;

	while (is_ident_char(byte_at(p, i)))
		i++;
	if (is_upper(byte_at(p, i)))
		return fail(p, i, "names use lowercase letters, digits and '_' only");
	n = i - p->pos;
	t->len = n;
	if (n == 3 && memcmp(p->src + p->pos, "and", 3) == 0)
		t->type = T_AND;
	else if (n == 2 && memcmp(p->src + p->pos, "or", 2) == 0)
		t->type = T_OR;
	else if (n == 3 && memcmp(p->src + p->pos, "not", 3) == 0)
		t->type = T_NOT;
	else {
		t->type = T_IDENT;
		t->text = add_text(p, p->src + p->pos, n);
	}
	return 0;
}

/* Accumulates in the negative range so that INT64_MIN itself parses. */
static int lex_int(struct parser *p, struct tok *t)
{
	size_t i = p->pos;
	int negative = byte_at(p, i) == '-';
	long long v = 0;
	int overflow = 0;

	if (negative)
		i++;
	if (!is_digit(byte_at(p, i)))
		return fail(p, p->pos, "'-' must be followed by digits");
	for (; is_digit(byte_at(p, i)); i++) {
		int d = byte_at(p, i) - '0';
		if (v < LLONG_MIN / 10 || (v == LLONG_MIN / 10 && d > -(LLONG_MIN % 10)))
			overflow = 1;
		else
			v = v * 10 - d;
	}
	if (is_ident_char(byte_at(p, i)) || is_upper(byte_at(p, i)) || byte_at(p, i) == '.')
		return fail(p, p->pos, "malformed number (only whole numbers, e.g. 500000)");
	if (overflow || (!negative && v == LLONG_MIN))
		return fail(p, p->pos, "number out of range");
	t->type = T_INT;
	t->i = negative ? v : -v;
	t->len = i - p->pos;
	return 0;
}

/* Length of the well-formed UTF-8 sequence at i, or 0 if it is malformed
 * (overlong forms, surrogates and values above U+10FFFF are malformed). */
static size_t utf8_len(const struct parser *p, size_t i)
{
	int c = byte_at(p, i), c1 = byte_at(p, i + 1);
	size_t n, k;
	int lo = 0x80, hi = 0xBF;

	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4;
	else
		return 0;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	if (c1 < lo || c1 > hi)
		return 0;
	for (k = 2; k < n; k++)
		if ((byte_at(p, i + k) & 0xC0) != 0x80)
			return 0;
	return n;
}

static int lex_string(struct parser *p, struct tok *t)
{
	size_t i = p->pos + 1;
	char *out = p->text + p->textlen;
	size_t n = 0;

	for (;;) {
		int c = byte_at(p, i);
		if (i >= p->len)
			return fail(p, p->pos, "unterminated string");
		if (c == '"')
			break;
		if (c == '\\') {
			int e = byte_at(p, i + 1);
			if (e != '"' && e != '\\')
				return fail(p, i, "invalid escape in string: only \\\" and \\\\ are allowed");
			out[n++] = (char)e;
			i += 2;
		} else if (c < 0x20 || c == 0x7F) {
			return fail(p, i, "control character in string");
		} else if (c < 0x80) {
			out[n++] = (char)c;
			i++;
		} else {
			size_t u = utf8_len(p, i);
			if (u == 0)
				return fail(p, i, "invalid UTF-8 in string");
			memcpy(out + n, p->src + i, u);
			n += u;
			i += u;
		}
	}
	t->type = T_STR;
	t->text = (int)p->textlen;
	out[n] = '\0';
	p->textlen += n + 1;
	t->len = i + 1 - p->pos;
	return 0;
}

static void set_tok(struct tok *t, enum tok_type type, enum cmp_op op, size_t len)
{
	t->type = type;
	t->op = op;
	t->len = len;
}

static int lex_other(struct parser *p, int c)
{
	if (c == '=')
		return fail(p, p->pos, "'=' is not an operator; use '==' to compare");
	if (c == '&')
		return fail(p, p->pos, "single '&'; use '&&' or 'and'");
	if (c == '|')
		return fail(p, p->pos, "single '|'; use '||' or 'or'");
	if (is_upper(c))
		return fail(p, p->pos, "names use lowercase letters, digits and '_' only");
	if (c >= 0x80)
		return fail(p, p->pos, "non-ASCII character outside a string");
	if (c > 0x20 && c < 0x7F)
		return fail(p, p->pos, "unexpected character '%c'", c);
	return fail(p, p->pos, "unexpected control character 0x%02X", (unsigned)c);
}

/* Reads the next token into p->tok; the old one moves to p->prev. */
static int advance(struct parser *p)
{
	struct tok *t = &p->tok;
	int c, next;

	p->prev = p->tok;
	while (p->pos < p->len && strchr(" \t\r\n", p->src[p->pos]) != NULL)
		p->pos++;
	memset(t, 0, sizeof *t);
	t->start = p->pos;
	c = byte_at(p, p->pos);
	next = byte_at(p, p->pos + 1);
	if (p->pos >= p->len)
		set_tok(t, T_END, OP_EQ, 0);
	else if (c == '(' || c == ')')
		set_tok(t, c == '(' ? T_LPAREN : T_RPAREN, OP_EQ, 1);
	else if (c == '&' && next == '&')
		set_tok(t, T_AND, OP_EQ, 2);
	else if (c == '|' && next == '|')
		set_tok(t, T_OR, OP_EQ, 2);
	else if (c == '!')
		set_tok(t, next == '=' ? T_CMP : T_NOT, OP_NE, next == '=' ? 2 : 1);
	else if (c == '=' && next == '=')
		set_tok(t, T_CMP, OP_EQ, 2);
	else if (c == '<')
		set_tok(t, T_CMP, next == '=' ? OP_LE : OP_LT, next == '=' ? 2 : 1);
	else if (c == '>')
		set_tok(t, T_CMP, next == '=' ? OP_GE : OP_GT, next == '=' ? 2 : 1);
	else if (c == '"') {
		if (lex_string(p, t) < 0)
			return -1;
	} else if (c == '-' || is_digit(c)) {
		if (lex_int(p, t) < 0)
			return -1;
	} else if (is_ident_start(c)) {
		if (lex_ident(p, t) < 0)
			return -1;
	} else
		return lex_other(p, c);
	p->pos += t->len;
	return 0;
}

/* ---- parser ------------------------------------------------------------ */

static int new_node(struct parser *p, enum node_kind kind, size_t pos)
{
	struct node *n;

	if (p->nnodes >= p->cap) /* cannot happen: one node per token at most */
		return fail(p, pos, "expression too complex");
	n = &p->nodes[p->nnodes];
	memset(n, 0, sizeof *n);
	n->kind = (unsigned char)kind;
	n->first = -1;
	n->next = -1;
	n->col = column_of(p, pos);
	return p->nnodes++;
}

static int enter(struct parser *p)
{
	if (++p->depth > COND_MAX_DEPTH)
		return fail(p, p->tok.start, "nesting deeper than %d levels", COND_MAX_DEPTH);
	return 0;
}

static int parse_or(struct parser *p);

static int parse_operand(struct parser *p)
{
	static const enum node_kind kinds[] = {
		[T_IDENT] = N_IDENT, [T_INT] = N_INT, [T_STR] = N_STR
	};
	int n = new_node(p, kinds[p->tok.type], p->tok.start);

	if (n < 0)
		return -1;
	p->nodes[n].i = p->tok.i;
	p->nodes[n].text = p->tok.text;
	return advance(p) < 0 ? -1 : n;
}

static int is_operand(enum tok_type t)
{
	return t == T_IDENT || t == T_INT || t == T_STR;
}

static int parse_comparison_or_name(struct parser *p)
{
	char buf[48];
	size_t start = p->tok.start;
	int lhs = parse_operand(p), rhs, cmp;

	if (lhs < 0)
		return -1;
	if (p->tok.type != T_CMP) {
		if (p->nodes[lhs].kind == N_IDENT)
			return lhs; /* bare name: truthiness */
		return fail(p, start, "a value alone is not a condition; compare it with == != < <= > >=");
	}
	cmp = new_node(p, N_CMP, p->tok.start);
	if (cmp < 0)
		return -1;
	p->nodes[cmp].op = (unsigned char)p->tok.op;
	if (advance(p) < 0)
		return -1;
	if (!is_operand(p->tok.type)) {
		if (p->tok.type == T_END)
			return fail(p, p->tok.start, "expected value after '%.*s'",
				    (int)p->prev.len, p->src + p->prev.start);
		return fail(p, p->tok.start, "expected value after '%.*s', found %s",
			    (int)p->prev.len, p->src + p->prev.start,
			    describe(p, &p->tok, buf, sizeof buf));
	}
	rhs = parse_operand(p);
	if (rhs < 0)
		return -1;
	if (p->tok.type == T_CMP)
		return fail(p, p->tok.start, "comparisons cannot be chained; join them with 'and'");
	p->nodes[cmp].first = lhs;
	p->nodes[lhs].next = rhs;
	return cmp;
}

static int parse_primary(struct parser *p)
{
	char buf[48];

	if (p->tok.type == T_LPAREN) {
		size_t open = p->tok.start;
		int e;
		if (enter(p) < 0 || advance(p) < 0)
			return -1;
		e = parse_or(p);
		if (e < 0)
			return -1;
		if (p->tok.type != T_RPAREN)
			return fail(p, p->tok.start,
				    "expected 'and', 'or' or ')' to close the '(' at column %d, found %s",
				    column_of(p, open), describe(p, &p->tok, buf, sizeof buf));
		p->depth--;
		return advance(p) < 0 ? -1 : e;
	}
	if (is_operand(p->tok.type))
		return parse_comparison_or_name(p);
	if (p->prev.len > 0)
		return fail(p, p->tok.start, "expected a condition after '%.*s', found %s",
			    (int)p->prev.len, p->src + p->prev.start,
			    describe(p, &p->tok, buf, sizeof buf));
	return fail(p, p->tok.start, "expected a condition, found %s",
		    describe(p, &p->tok, buf, sizeof buf));
}

static int parse_unary(struct parser *p)
{
	size_t start = p->tok.start;
	int child, n;

	if (p->tok.type != T_NOT)
		return parse_primary(p);
	if (enter(p) < 0 || advance(p) < 0)
		return -1;
	child = parse_unary(p);
	if (child < 0)
		return -1;
	p->depth--;
	n = new_node(p, N_NOT, start);
	if (n < 0)
		return -1;
	p->nodes[n].first = child;
	return n;
}

/* One n-ary node for a whole chain "a op b op c"; a single term is
 * returned as it is. */
static int parse_chain(struct parser *p, enum tok_type optok, enum node_kind kind,
		       int (*term)(struct parser *))
{
	int first = term(p), last, n;

	if (first < 0 || p->tok.type != optok)
		return first;
	n = new_node(p, kind, p->tok.start);
	if (n < 0)
		return -1;
	p->nodes[n].first = first;
	last = first;
	while (p->tok.type == optok) {
		int t;
		if (advance(p) < 0)
			return -1;
		t = term(p);
		if (t < 0)
			return -1;
		p->nodes[last].next = t;
		last = t;
	}
	return n;
}

static int parse_and(struct parser *p)
{
	return parse_chain(p, T_AND, N_AND, parse_unary);
}

static int parse_or(struct parser *p)
{
	return parse_chain(p, T_OR, N_OR, parse_and);
}

/* ---- compiled form ----------------------------------------------------- */

static int find_name(const struct parser *p, const int *names, int n, int text)
{
	int k;

	for (k = 0; k < n; k++)
		if (strcmp(p->text + names[k], p->text + text) == 0)
			return k;
	return -1;
}

/* Packs nodes, name table and strings into one block so cond_free is a
 * single free and the compiled condition stays small. */
static struct cond *pack(struct parser *p, int root)
{
	int *names = malloc(sizeof *names * (size_t)(p->nnodes + 1));
	int nnames = 0, k;
	size_t nodes_sz, names_sz;
	struct cond *c;
	char *block;

	if (names == NULL)
		return NULL;
	for (k = 0; k < p->nnodes; k++)
		if (p->nodes[k].kind == N_IDENT &&
		    find_name(p, names, nnames, p->nodes[k].text) < 0)
			names[nnames++] = p->nodes[k].text;
	nodes_sz = sizeof(struct node) * (size_t)p->nnodes;
	names_sz = sizeof(const char *) * (size_t)nnames;
	block = malloc(sizeof *c + nodes_sz + names_sz + p->textlen + 1);
	if (block == NULL) {
		free(names);
		return NULL;
	}
	c = (struct cond *)(void *)block;
	c->nodes = (struct node *)(void *)(block + sizeof *c);
	c->names = (const char **)(void *)(block + sizeof *c + nodes_sz);
	c->text = block + sizeof *c + nodes_sz + names_sz;
	c->nnodes = p->nnodes;
	c->nnames = nnames;
	c->root = root;
	memcpy(c->nodes, p->nodes, nodes_sz);
	memcpy(c->text, p->text, p->textlen);
	c->text[p->textlen] = '\0';
	for (k = 0; k < nnames; k++)
		c->names[k] = c->text + names[k];
	free(names);
	return c;
}

struct cond *cond_parse(const char *src, char *err, size_t errlen)
{
	struct parser p;
	struct cond *c = NULL;
	int root;

	set_err(err, errlen, "%s", "");
	if (src == NULL) {
		set_err(err, errlen, "column 1: no expression");
		return NULL;
	}
	memset(&p, 0, sizeof p);
	p.src = src;
	p.err = err;
	p.errlen = errlen;
	while (p.len <= COND_MAX_LEN && src[p.len] != '\0') /* bounded strlen */
		p.len++;
	if (p.len > COND_MAX_LEN) {
		set_err(err, errlen, "column %d: expression longer than %d bytes",
			COND_MAX_LEN + 1, COND_MAX_LEN);
		return NULL;
	}
	/* every node comes from a distinct token and every token is at least
	 * one byte; stored text is at most the source plus one NUL per token */
	p.cap = (int)p.len + 1;
	p.nodes = malloc(sizeof *p.nodes * (size_t)p.cap);
	p.text = malloc(2 * p.len + 2);
	if (p.nodes == NULL || p.text == NULL) {
		set_err(err, errlen, "out of memory");
		goto out;
	}
	if (advance(&p) < 0)
		goto out;
	if (p.tok.type == T_END) {
		fail(&p, p.tok.start, "empty expression");
		goto out;
	}
	root = parse_or(&p);
	if (root < 0)
		goto out;
	if (p.tok.type != T_END) {
		char buf[48];
		fail(&p, p.tok.start, "expected 'and', 'or' or end of expression, found %s",
		     describe(&p, &p.tok, buf, sizeof buf));
		goto out;
	}
	c = pack(&p, root);
	if (c == NULL)
		set_err(err, errlen, "out of memory");
out:
	free(p.nodes);
	free(p.text);
	return c;
}

void cond_free(struct cond *c)
{
	free(c);
}

int cond_names(const struct cond *c, const char **names, int max)
{
	int k;

	if (c == NULL)
		return -1;
	for (k = 0; k < c->nnames && k < max && names != NULL; k++)
		names[k] = c->names[k];
	return c->nnames;
}

/* ---- words ------------------------------------------------------------- */

struct saying {
	const struct cond *c;
	const struct cond_words *w;
	char *out;
	size_t len, used;
	int full;
};

static void put(struct saying *s, const char *text)
{
	size_t n = strlen(text);
	if (s->used + n >= s->len) {
		s->full = 1;
		return;
	}
	memcpy(s->out + s->used, text, n + 1);
	s->used += n;
}

static void term_of(const struct saying *s, const struct node *n, struct cond_term *t)
{
	memset(t, 0, sizeof *t);
	t->is_name = n->kind == N_IDENT;
	t->v.type = n->kind == N_INT ? CV_INT : CV_STR;
	t->v.i = n->i;
	t->v.s = n->kind == N_INT ? "" : s->c->text + n->text;
}

static void say_node(struct saying *s, int at, int parent_kind)
{
	const struct node *n = &s->c->nodes[at];
	char one[400];
	struct cond_term left, right;
	switch (n->kind) {
	case N_OR:
	case N_AND: {
		int group = n->kind == N_AND && parent_kind == N_OR;
		if (group)
			put(s, s->w->open);
		for (int k = n->first; k >= 0; k = s->c->nodes[k].next) {
			if (k != n->first)
				put(s, n->kind == N_AND ? s->w->and_w : s->w->or_w);
			say_node(s, k, n->kind);
		}
		if (group)
			put(s, s->w->close);
		return;
	}
	case N_NOT:
		put(s, s->w->not_w);
		put(s, s->w->open);
		say_node(s, n->first, N_NOT);
		put(s, s->w->close);
		return;
	case N_CMP:
		term_of(s, &s->c->nodes[n->first], &left);
		term_of(s, &s->c->nodes[s->c->nodes[n->first].next], &right);
		s->w->say(s->w->ctx, &left, (enum cond_op)n->op, &right, one, sizeof one);
		put(s, one);
		return;
	default:
		term_of(s, n, &left);
		s->w->say(s->w->ctx, &left, COND_TRUE, NULL, one, sizeof one);
		put(s, one);
	}
}

int cond_say(const struct cond *c, const struct cond_words *w, char *out, size_t outlen)
{
	if (!c || !w || !out || !outlen)
		return -1;
	struct saying s = {c, w, out, outlen, 0, 0};
	out[0] = '\0';
	say_node(&s, c->root, -1);
	return s.full ? -1 : 0;
}

/* ---- evaluation -------------------------------------------------------- */

struct eval {
	const struct cond *c;
	cond_lookup lookup;
	void *ctx;
	char *err;
	size_t errlen;
};

/* "field 'x' (a number)" or "a number": names the side for a message. */
static const char *side_desc(const struct eval *e, const struct node *n,
			     const struct cval *v, char *buf, size_t buflen)
{
	const char *kind = v->type == CV_INT ? "a number" : "a string";

	if (n->kind != N_IDENT)
		return kind;
	snprintf(buf, buflen, "field '%.40s' (%s)", e->c->text + n->text, kind);
	return buf;
}

/* The value of an operand node: a literal, or the field via lookup. */
static int operand_value(struct eval *e, const struct node *n, struct cval *v)
{
	const char *name = e->c->text + n->text;

	memset(v, 0, sizeof *v);
	if (n->kind == N_INT) {
		v->type = CV_INT;
		v->i = n->i;
		return 0;
	}
	if (n->kind == N_STR) {
		v->type = CV_STR;
		v->s = name;
		return 0;
	}
	if (e->lookup(e->ctx, name, v) != 0) {
		set_err(e->err, e->errlen, "column %d: unknown field '%.40s'", n->col, name);
		return -1;
	}
	if (v->type != CV_NONE && v->type != CV_INT && v->type != CV_STR) {
		set_err(e->err, e->errlen, "column %d: field '%.40s' has an invalid value type",
			n->col, name);
		return -1;
	}
	if (v->type == CV_STR && v->s == NULL) {
		set_err(e->err, e->errlen, "column %d: field '%.40s' has no string value",
			n->col, name);
		return -1;
	}
	return 0;
}

static int apply_op(enum cmp_op op, int cmp)
{
	switch (op) {
	case OP_EQ: return cmp == 0;
	case OP_NE: return cmp != 0;
	case OP_LT: return cmp < 0;
	case OP_LE: return cmp <= 0;
	case OP_GT: return cmp > 0;
	case OP_GE: return cmp >= 0;
	}
	return 0;
}

static int eval_cmp(struct eval *e, const struct node *n)
{
	const struct node *l = &e->c->nodes[n->first];
	const struct node *r = &e->c->nodes[l->next];
	struct cval a, b;
	int cmp;

	if (operand_value(e, l, &a) < 0 || operand_value(e, r, &b) < 0)
		return -1;
	if (a.type == CV_NONE || b.type == CV_NONE)
		return n->op == OP_NE; /* empty is unequal to everything */
	if (a.type != b.type) {
		char lb[80], rb[80];
		set_err(e->err, e->errlen, "column %d: cannot compare %s with %s",
			n->col, side_desc(e, l, &a, lb, sizeof lb),
			side_desc(e, r, &b, rb, sizeof rb));
		return -1;
	}
	if (a.type == CV_INT)
		cmp = (a.i > b.i) - (a.i < b.i);
	else
		cmp = strcmp(a.s, b.s); /* byte order: strcmp compares as unsigned char */
	return apply_op((enum cmp_op)n->op, cmp);
}

static int eval_node(struct eval *e, int idx)
{
	const struct node *n = &e->c->nodes[idx];
	struct cval v;
	int k, r, result;

	switch (n->kind) {
	case N_OR:
	case N_AND:
		/* no short cut: every term is checked so errors always surface */
		result = n->kind == N_AND;
		for (k = n->first; k >= 0; k = e->c->nodes[k].next) {
			r = eval_node(e, k);
			if (r < 0)
				return -1;
			result = n->kind == N_AND ? (result && r) : (result || r);
		}
		return result;
	case N_NOT:
		r = eval_node(e, n->first);
		return r < 0 ? -1 : !r;
	case N_CMP:
		return eval_cmp(e, n);
	case N_IDENT:
		if (operand_value(e, n, &v) < 0)
			return -1;
		if (v.type == CV_INT)
			return v.i != 0;
		return v.type == CV_STR && v.s[0] != '\0';
	default:
		set_err(e->err, e->errlen, "corrupt condition");
		return -1;
	}
}

int cond_eval(const struct cond *c, cond_lookup lookup, void *ctx,
	      char *err, size_t errlen)
{
	struct eval e = { c, lookup, ctx, err, errlen };

	set_err(err, errlen, "%s", "");
	if (c == NULL || lookup == NULL) {
		set_err(err, errlen, "no condition or no field lookup");
		return -1;
	}
	return eval_node(&e, c->root);
}
