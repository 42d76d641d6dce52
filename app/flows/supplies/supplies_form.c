/* supplies_form.c - the supplies form page's own data: how many item rows
 * it shows, a returned request's or draft's rows filled in, and every
 * row's problem beside it (supplies_prepare). */
#include "flows/supplies/supplies.h"

#include <stdio.h>
#include <stdlib.h>

#include <ClearSilver.h>

#include "db/db.h"
#include "flows/supplies/supplies_rows.h"
#include "flows/supplies/supplies_sql.h"
#include "http/req.h"
#include "view/page.h"

static void set_value(struct req *r, const char *value, const char *col, int line)
{
	page_set(r, value, "Form.%s_%d.Value", col, line);
}

/* A returned request or a draft opened for editing: its rows as stored. */
static int fill_from(struct req *r, long long id)
{
	struct dbres res;
	const struct sup_item *it;
	char qty[24];
	int rc = DB_RUN(ST_SUPPLIES_GET, &res, DBI(id));
	const struct supplies_get *s = supplies_get_at(&res, 0);
	if (rc == DB_OK && s)
		page_set(r, s->kind, "Form.kind.Value");
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_SUP_ITEMS, &res, DBI(id));
	for (size_t i = 0; rc == DB_OK && i < SUP_ROWS && (it = sup_item_at(&res, i)); i++) {
		int line = (int)i + 1;
		snprintf(qty, sizeof qty, "%lld", it->quantity);
		set_value(r, it->name, "name", line);
		set_value(r, it->spec, "spec", line);
		set_value(r, it->quantity ? qty : "", "qty", line);
		set_value(r, it->unit, "unit", line);
	}
	db_free(&res);
	return rc;
}

/* Every row's problem beside its field, unless the field has its own. */
static void row_errors(struct req *r, const struct sup_rows *rows)
{
	struct sup_err errs[4 * SUP_ROWS + 1];
	size_t n = sup_rows_check(rows, errs, sizeof errs / sizeof errs[0]);
	char name[40];
	for (size_t i = 0; i < n && i < sizeof errs / sizeof errs[0]; i++) {
		snprintf(name, sizeof name, "Form.%s.Error", errs[i].field);
		if (!hdf_get_value(r->hdf, name, NULL))
			page_form_error(r, errs[i].field, errs[i].key);
	}
}

/* Rows shown: what was asked for with "more rows", else the rows typed
 * and one more, at least SUP_ROWS_FIRST; every row when editing. */
static int rows_shown(struct req *r, const struct sup_rows *rows, int editing)
{
	const struct fval *more = form_get(&r->form, "rows");
	int shown = rows->last + 1 > SUP_ROWS_FIRST ? rows->last + 1 : SUP_ROWS_FIRST;
	if (more && more->present && more->err == V_OK && more->num > shown)
		shown = (int)more->num;
	return editing || shown > SUP_ROWS ? SUP_ROWS : shown;
}

int supplies_prepare(struct req *r, int preview)
{
	struct sup_rows rows;
	const char *edit = hdf_get_value(r->hdf, "Edit.Id", NULL);
	const struct fval *more = form_get(&r->form, "rows");
	int rc = DB_OK;
	sup_rows_from_form(&r->form, &rows);
	if (edit && !r->is_post)
		rc = fill_from(r, atoll(edit));
	if (!hdf_get_value(r->hdf, "Form.kind.Value", NULL) || !*hdf_get_value(r->hdf, "Form.kind.Value", ""))
		page_set(r, "supplies", "Form.kind.Value");
	int shown = rows_shown(r, &rows, edit != NULL);
	page_set_int(r, shown, "Rows.Shown");
	page_set_int(r, SUP_ROWS, "Rows.Max");
	page_set_int(r, shown + SUP_ROWS_FIRST < SUP_ROWS ? shown + SUP_ROWS_FIRST : SUP_ROWS, "Rows.More");
	/* A form sent to be filed or checked shows every row's problem; "more
	 * rows" judges nothing yet. */
	if ((preview || r->is_post) && !(more && more->present))
		row_errors(r, &rows);
	return rc;
}
