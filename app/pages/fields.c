/* fields.c - composed field tables for the engine's pages. */
#include "pages/fields.h"

#include <string.h>

#include "engine/replay.h"
#include "pages/flow_page.h"
#include "http/req.h"
#include "http/router.h"

#define MAX_FIELDS 40
#define MAX_FLOWS 32

static const char *const actions[] = {"approve", "reject", "return", "handover", "add_before", "add_after", NULL};

static const struct field decide_fields[] = {
	{"action", FT_ENUM, FIELD_REQUIRED, 0, 0, actions},
	{"version", FT_INT, FIELD_REQUIRED, 1, 2000000000, NULL},
	{"comment", FT_LINES, 0, 0, 1000, NULL},
	{"target", FT_INT, 0, 0, 1000000000, NULL},
	{"form_key", FT_TOKEN, 0, 0, FORM_KEY_HEX, NULL},
};
FIELDSET(fields_decide, decide_fields);

/* Withdraw and cancel. */
static const struct field own_fields[] = {
	{"version", FT_INT, FIELD_REQUIRED, 1, 2000000000, NULL},
	{"comment", FT_LINES, 0, 0, 1000, NULL},
	{"form_key", FT_TOKEN, 0, 0, FORM_KEY_HEX, NULL},
};
FIELDSET(fields_own, own_fields);

/* The request page: what just happened, said on top. */
static const char *const done[] = {"approve", "reject", "return", "handover", "add_before", "add_after", "task",
    "withdraw", "cancel", NULL};
static const struct field view_fields[] = {
	{"submitted", FT_BOOL, 0, 0, 1, NULL},
	{"draft", FT_BOOL, 0, 0, 1, NULL},
	{"done", FT_ENUM, 0, 0, 0, done},
	{"who", FT_TEXT, 0, 0, 32, NULL},   /* 更多操作: find a person by name, pinyin initials or login */
};
FIELDSET(fields_view, view_fields);

static const struct field list_fields[] = {
	{"type", FT_TEXT, 0, 0, 24, NULL},
	{"state", FT_TEXT, 0, 0, 16, NULL},
	{"from", FT_DATE, 0, 0, 0, NULL},
	{"to", FT_DATE, 0, 0, 0, NULL},
	{"q", FT_TEXT, 0, 0, 64, NULL},
	{"page", FT_INT, 0, 1, 1000000, NULL},
};
FIELDSET(fields_list, list_fields);

static const struct field bulk_fields[] = {
	{"pick", FT_IDLIST, FIELD_REQUIRED, 0, 100, NULL},
};
FIELDSET(fields_bulk, bulk_fields);

static const struct field extra_new[] = {
	{"on_behalf_of", FT_INT, 0, 0, 1000000000, NULL},
	{"draft", FT_BOOL, 0, 0, 1, NULL},
};
static const struct field extra_edit[] = {
	{"version", FT_INT, FIELD_REQUIRED, 1, 2000000000, NULL},
	{"draft", FT_BOOL, 0, 0, 1, NULL},
};
static const struct field extra_task[] = {
	{"version", FT_INT, FIELD_REQUIRED, 1, 2000000000, NULL},
	{"comment", FT_LINES, 0, 0, 1000, NULL},
	{"form_key", FT_TOKEN, 0, 0, FORM_KEY_HEX, NULL},
};

struct composed {
	const struct flow_page *flow;
	struct field v[MAX_FIELDS];
	struct fieldset set;
};

/* Built once per worker and kept: tables are static data after that. */
static const struct fieldset *compose(struct composed *cache, const struct fieldset *base,
    const struct field *extra, size_t nextra, const struct flow_page *f)
{
	for (size_t i = 0; i < MAX_FLOWS; i++) {
		struct composed *c = &cache[i];
		if (c->flow == f)
			return &c->set;
		if (c->flow)
			continue;
		size_t n = base ? base->n : 0;
		if (n + nextra > MAX_FIELDS)
			return NULL;
		if (n)
			memcpy(c->v, base->v, n * sizeof c->v[0]);
		memcpy(c->v + n, extra, nextra * sizeof c->v[0]);
		c->set.v = c->v;
		c->set.n = n + nextra;
		c->flow = f;
		return &c->set;
	}
	return NULL;
}

const struct fieldset *fields_new(const struct req *r)
{
	static struct composed cache[MAX_FLOWS];
	const struct flow_page *f = flow_page_find(r->arg_name);
	return f && f->form ? compose(cache, f->form, extra_new, 2, f) : NULL;
}

const struct fieldset *fields_edit(const struct req *r)
{
	static struct composed cache[MAX_FLOWS];
	const struct flow_page *f = flow_page_find(r->arg_name);
	return f && f->form ? compose(cache, f->form, extra_edit, 2, f) : NULL;
}

const struct fieldset *fields_task(const struct req *r)
{
	static struct composed cache[MAX_FLOWS];
	const struct flow_page *f = flow_page_find(r->arg_name);
	/* A type filed only by another (claim_diff) has no form of its own, yet
	 * its requests are answered like any other's: 403 for an outsider. */
	return f ? compose(cache, f->task_form, extra_task, 2, f) : NULL;
}
