/*
 * flow_page.h - the web face of a request type: its form (a field table
 * read the one way input reaches a handler), the fields a task step
 * records, its templates, the data its form page needs, and its own pages
 * beyond the shared ones.  Everything else a type is lives in its
 * engine/flow.h declaration, which this one points at.
 */
#ifndef LIAISON_FLOW_PAGE_H
#define LIAISON_FLOW_PAGE_H

#include <stddef.h>

struct flow;
struct fieldset;
struct route_table;
struct req;
struct rvals;
struct form;

/* A link of the type's own in the top bar, for the roles named (0: all). */
struct flow_nav {
	const char *href;
	const char *label_key;
	unsigned roles;
};

struct flow_page {
	const struct flow *flow;
	const struct fieldset *form;       /* the request form; NULL: not filed through a form (yet) */
	const struct fieldset *task_form;  /* fields a task step records (may be NULL) */
	const char *form_tmpl;             /* the type's form fields, included by the shared form page */
	const char *view_tmpl;             /* the type's part of the request page */
	/* from_form - extra values beyond the form's own fields, which are
	 * copied by name (may be NULL). */
	void (*from_form)(const struct form *f, struct rvals *vals);
	/* prepare - add the type's own data to its form page (lists,
	 * balances); preview = 1 when the user asked to check what they
	 * typed, or a submission was refused: show what the rules say. */
	int (*prepare)(struct req *r, int preview);
	const struct route_table *routes;  /* its own pages, or NULL */
	const struct flow_nav *nav;        /* its links in the top bar, ending with {NULL}; or NULL */
	/* demo - the type's demo data for `make run` (rooms, merchants, a
	 * budget...), inside liaison-ctl demo's transaction, after the demo
	 * organisation; 0 or a db rc.  Reference data every installation needs
	 * belongs in the type's migration instead. */
	int (*demo)(long long now);
};

/* flow_pages_use - the web faces of this program (flows/registry.c). */
void flow_pages_use(const struct flow_page *const *all, size_t n);

/* flow_page_find - the web face of type, or NULL. */
const struct flow_page *flow_page_find(const char *type);

/* flow_page_at - the i-th web face, or NULL past the last (route tables). */
const struct flow_page *flow_page_at(size_t i);

/* flow_nav_hdf - the types' top-bar links the user's roles allow, as
 * TypeNav.N.Href / .Label. */
void flow_nav_hdf(struct req *r);

/* form_to_rvals - every declared non-file field of the form into vals by
 * its name: numbers as numbers (dates as day numbers, datetimes as local
 * seconds, enums as their choice's text), text as typed. */
void form_to_rvals(const struct form *f, struct rvals *vals);

#endif
