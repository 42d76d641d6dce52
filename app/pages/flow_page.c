/* flow_page.c - the types' web faces, and a form read into values. */
#include "pages/flow_page.h"

#include <string.h>

#include "engine/flow.h"
#include "http/form.h"
#include "http/req.h"
#include "view/page.h"

static const struct flow_page *const *pages;
static size_t npages;

void flow_pages_use(const struct flow_page *const *all, size_t n)
{
	pages = all;
	npages = n;
}

const struct flow_page *flow_page_find(const char *type)
{
	for (size_t i = 0; i < npages; i++)
		if (!strcmp(pages[i]->flow->type, type))
			return pages[i];
	return NULL;
}

const struct flow_page *flow_page_at(size_t i) { return i < npages ? pages[i] : NULL; }

void flow_nav_hdf(struct req *r)
{
	size_t k = 0;
	for (size_t i = 0; i < npages; i++)
		for (const struct flow_nav *n = pages[i]->nav; n && n->href; n++) {
			if (n->roles && !(r->user.roles & n->roles))
				continue;
			page_set(r, n->href, "TypeNav.%zu.Href", k);
			page_set_label(r, "Nav", n->label_key, "TypeNav.%zu.Label", k++);
		}
}

void form_to_rvals(const struct form *f, struct rvals *vals)
{
	for (size_t i = 0; i < f->n; i++) {
		const struct field *fd = &f->fields[i];
		const struct fval *v = &f->v[i];
		switch (fd->type) {
		case FT_FILE:
		case FT_SECRET:
			break;
		case FT_INT:
		case FT_AMOUNT:
		case FT_DATE:
		case FT_DATETIME:
		case FT_BOOL:
			if (v->present && v->err == V_OK)
				rvals_set_num(vals, fd->name, v->num);
			break;
		default:
			rvals_set(vals, fd->name, v->text ? v->text : "");
		}
	}
}
