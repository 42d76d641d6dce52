/* routes_page.c - every type's route, step by step, in the admin's language. */
#include "admin/routes_page.h"

#include <stdio.h>
#include <string.h>

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
			page_set(r, st->cond_src, "Routes.%zu.Steps.%zu.If", i, j);
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
