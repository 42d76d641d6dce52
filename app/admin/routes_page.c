/* routes_page.c - every type's route, step by step, in the admin's language. */
#include "admin/routes_page.h"

#include <stdio.h>
#include <string.h>

#include "db/settings.h"
#include "engine/cond.h"
#include "engine/flow.h"
#include "engine/resolve.h"
#include "engine/routes.h"
#include "http/req.h"
#include "view/page.h"
#include "view/view.h"

/* "dept_head, role:gm" -> "部门负责人、总经理" */
static void who_words(struct req *r, const char *who, char *out, size_t outlen)
{
	char term[64], key[80];
	out[0] = '\0';
	for (const char *p = who; (p = who_next(p, term, sizeof term));) {
		resolve_missing_key(term, key, sizeof key);
		const char *text = view_text(r->lang, key);
		size_t used = strlen(out);
		snprintf(out + used, outlen - used, "%s%s%s", used ? view_text(r->lang, "Routes.And") : "", text,
		    !strncmp(term, "chain:", 6) ? view_text(r->lang, "Routes.ChainSuffix") : "");
		if (!strncmp(term, "user:", 5)) {
			used = strlen(out);
			snprintf(out + used, outlen - used, " %s", term + 5);
		}
	}
}

/* The text of key, or NULL when the language has none. */
static const char *text_or_null(const char *lang, const char *key)
{
	const char *t = view_text(lang, key);
	return strcmp(t, key) ? t : NULL;
}

/* A setting as people read it ("3 天", "5000.00 元"), a field by its
 * label, a value by its label where it has one. */
static void term_words(const char *lang, const struct cond_term *field, const struct cond_term *t, char *out,
    size_t outlen)
{
	char key[160], human[48];
	const char *text;
	const struct setting_def *d = t->is_name ? setting_def_find(t->v.s) : NULL;
	if (d) {
		setting_human(d, setting(d->name), human, sizeof human);
		snprintf(key, sizeof key, "Unit.%s", d->unit);
		snprintf(out, outlen, "%s %s", human, view_text(lang, key));
	} else if (t->is_name) {
		snprintf(key, sizeof key, "Routes.Field.%s", t->v.s);
		text = text_or_null(lang, key);
		snprintf(out, outlen, "%s", text ? text : t->v.s);
	} else if (t->v.type == CV_INT) {
		snprintf(out, outlen, "%lld", t->v.i);
	} else {
		snprintf(key, sizeof key, "Routes.Value.%s.%s", field && field->is_name ? field->v.s : "", t->v.s);
		text = text_or_null(lang, key);
		snprintf(out, outlen, text ? "%s" : "“%s”", text ? text : t->v.s);
	}
}

/* Chinese runs words together; other languages put spaces between them
 * (language files cannot hold a leading or trailing space). */
static const char *gap(const char *lang) { return strncmp(lang, "zh", 2) ? " " : ""; }

static void say_comparison(void *ctx, const struct cond_term *left, enum cond_op op, const struct cond_term *right,
    char *out, size_t outlen)
{
	static const char *const ops[] = {"eq", "ne", "lt", "le", "gt", "ge", "true"};
	const char *lang = ctx;
	char l[160], rt[160], key[32];
	term_words(lang, NULL, left, l, sizeof l);
	if (op == COND_TRUE) {
		snprintf(out, outlen, "%s", l);
		return;
	}
	term_words(lang, left, right, rt, sizeof rt);
	snprintf(key, sizeof key, "Routes.Op.%s", ops[op]);
	snprintf(out, outlen, "%s%s%s%s%s", l, gap(lang), view_text(lang, key), gap(lang), rt);
}

/* "kind == \"personal\" and days > personal_gm_days" -> "假别为事假且天数超过 3 天" */
static void cond_text(struct req *r, const struct route_step *st, char *out, size_t outlen)
{
	char and_w[32], or_w[32], not_w[32];
	const char *g = gap(r->lang);
	snprintf(and_w, sizeof and_w, "%s%s%s", g, view_text(r->lang, "Routes.Words.And"), g);
	snprintf(or_w, sizeof or_w, "%s%s%s", g, view_text(r->lang, "Routes.Words.Or"), g);
	snprintf(not_w, sizeof not_w, "%s%s", view_text(r->lang, "Routes.Words.Not"), g);
	struct cond_words w = {and_w, or_w, not_w, view_text(r->lang, "Routes.Words.Open"),
	    view_text(r->lang, "Routes.Words.Close"), say_comparison, (void *)r->lang};
	if (cond_say(st->when, &w, out, outlen) != 0)
		snprintf(out, outlen, "%s", st->cond_src);   /* too long for words: the rule as written */
}

int admin_routes(struct req *r)
{
	size_t n;
	char words[600];
	const struct flow *const *flows = flow_all(&n);
	for (size_t i = 0; i < n; i++) {
		const struct route_def *d = route_find(flows[i]->type);
		page_set_label(r, "Type", flows[i]->type, "Routes.%zu.Name", i);
		page_set(r, flows[i]->type, "Routes.%zu.Type", i);
		for (size_t j = 0; d && j < d->nsteps; j++) {
			const struct route_step *st = &d->steps[j];
			page_set_label(r, "Step", st->name, "Routes.%zu.Steps.%zu.Name", i, j);
			page_set_label(r, "Kind", step_kind_name(st->kind), "Routes.%zu.Steps.%zu.Kind", i, j);
			who_words(r, st->who, words, sizeof words);
			page_set(r, words, "Routes.%zu.Steps.%zu.Who", i, j);
			if (st->when) {
				cond_text(r, st, words, sizeof words);
				page_set(r, words, "Routes.%zu.Steps.%zu.If", i, j);
			}
			if (st->cc[0]) {
				who_words(r, st->cc, words, sizeof words);
				page_set(r, words, "Routes.%zu.Steps.%zu.Cc", i, j);
			}
			if (st->state_after[0]) {
				page_set_label(r, "State", st->state_after, "Routes.%zu.Steps.%zu.State", i, j);
			}
		}
	}
	page_title(r, "Routes.Title");
	return view_page(r, 200, "admin/routes.cs");
}
