/* supplies_csv.c - a consolidated report as CSV for Excel (view/csv.h:
 * BOM, quoted cells, formulas defused): the per-item totals first, then
 * every row of every request, each part under its own header. */
#include "flows/supplies/supplies.h"

#include <stdio.h>

#include "db/db.h"
#include "flows/supplies/supplies_report.h"
#include "flows/supplies/supplies_sql.h"
#include "http/req.h"
#include "view/csv.h"
#include "view/view.h"

/* One row of cells (language keys when keys, else texts). */
static NEOERR *cells(struct req *r, STRING *out, const char *const *v, size_t n, int keys)
{
	NEOERR *err = STATUS_OK;
	for (size_t i = 0; !err && i < n; i++)
		err = csv_field(out, keys ? view_text(r->lang, v[i]) : v[i], i == 0);
	return err ? err : csv_row_end(out);
}

static const char *kind_name(struct req *r, const char *kind)
{
	char key[48];
	snprintf(key, sizeof key, "Supplies.Kind.%s", kind);
	return view_text(r->lang, key);
}

static NEOERR *totals(struct req *r, STRING *out, const struct dbres *res)
{
	static const char *const head[] = {"Supplies.Kind.Label", "Supplies.Name", "Supplies.Spec", "Supplies.Unit",
	    "Supplies.TotalQty", "Supplies.Requests", "Supplies.HandedQty"};
	const struct sup_total *t;
	char qty[24], reqs[24], handed[24];
	NEOERR *err = cells(r, out, (const char *const[]){"Supplies.TotalsTitle"}, 1, 1);
	if (!err)
		err = cells(r, out, head, 7, 1);
	for (size_t i = 0; !err && (t = sup_total_at(res, i)); i++) {
		snprintf(qty, sizeof qty, "%lld", t->quantity);
		snprintf(reqs, sizeof reqs, "%lld", t->requests);
		snprintf(handed, sizeof handed, "%lld", t->handed);
		const char *v[] = {kind_name(r, t->kind), t->name, t->spec, t->unit, qty, reqs, handed};
		err = cells(r, out, v, 7, 0);
	}
	return err;
}

static NEOERR *lines(struct req *r, STRING *out, const struct dbres *res)
{
	static const char *const head[] = {"Request.Number", "Request.Requester", "Supplies.Dept", "Supplies.Kind.Label",
	    "Supplies.Name", "Supplies.Spec", "Supplies.Qty", "Supplies.Unit", "Supplies.Purpose", "Supplies.HandedQty",
	    "Supplies.Tags"};
	const struct sup_line_row *l;
	char qty[24];
	NEOERR *err = cells(r, out, (const char *const[]){"Supplies.LinesTitle"}, 1, 1);
	if (!err)
		err = cells(r, out, head, 11, 1);
	for (size_t i = 0; !err && (l = sup_line_row_at(res, i)); i++) {
		snprintf(qty, sizeof qty, "%lld", l->quantity);
		const char *v[] = {l->number, l->requester, l->dept, kind_name(r, l->kind), l->name, l->spec, qty, l->unit,
		    l->purpose, l->handed_qty ? l->handed_qty : "", l->asset_tags};
		err = cells(r, out, v, 11, 0);
	}
	return err;
}

static NEOERR *title(struct req *r, STRING *out, const char *no)
{
	const char *v[] = {view_text(r->lang, "Supplies.ReportTitle"), no};
	NEOERR *err = csv_begin(out);
	return err ? err : cells(r, out, v, 2, 0);
}

static NEOERR *build(struct req *r, STRING *out, const char *no, const struct dbres *t, const struct dbres *l)
{
	NEOERR *err = title(r, out, no);
	if (!err)
		err = csv_row_end(out);
	if (!err)
		err = totals(r, out, t);
	if (!err)
		err = csv_row_end(out);
	return err ? err : lines(r, out, l);
}

int supplies_report_csv(struct req *r)
{
	struct dbres t, l;
	char no[24], name[40];
	STRING out;
	int rc = sup_report_head(r, r->arg_id);
	if (rc != DB_OK)
		return rc;
	supplies_report_no(r->arg_id, no, sizeof no);
	rc = DB_RUN(ST_SUP_REPORT_TOTALS, &t, DBI(r->arg_id));
	int rc2 = DB_RUN(ST_SUP_REPORT_LINES, &l, DBI(r->arg_id));
	string_init(&out);
	NEOERR *err = rc == DB_OK && rc2 == DB_OK ? build(r, &out, no, &t, &l) : STATUS_OK;
	db_free(&t);
	db_free(&l);
	if (rc == DB_OK)
		rc = rc2;
	if (rc == DB_OK && err)
		rc = DB_ERR;
	nerr_ignore(&err);
	if (rc == DB_OK) {
		snprintf(name, sizeof name, "%s.csv", no);
		csv_send(r, name, &out);
	}
	string_clear(&out);
	return rc;
}
