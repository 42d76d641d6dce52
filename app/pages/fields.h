/*
 * fields.h - the field tables of the shared request pages: a type's own form
 * joined with the engine's fields (version, comment, on-behalf-of), so the
 * dispatcher validates everything through one table as always.
 */
#ifndef LIAISON_PAGES_FIELDS_H
#define LIAISON_PAGES_FIELDS_H

struct req;
struct fieldset;

/* For GET/POST /new/:name - the type's form plus on_behalf_of. */
const struct fieldset *fields_new(const struct req *r);

/* For POST /requests/:id/edit/:name - the type's form plus version. */
const struct fieldset *fields_edit(const struct req *r);

/* For POST /requests/:id/task/:name - the type's task form plus version, comment. */
const struct fieldset *fields_task(const struct req *r);

extern const struct fieldset fields_decide, fields_own, fields_list, fields_bulk, fields_view;

#endif
