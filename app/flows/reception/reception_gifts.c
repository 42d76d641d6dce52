/*
 * reception_gifts.c - the gift register (RC-06, 外宾赠送礼品的登记、管理和处理):
 * gifts received from guests and given to them, each with what, from or to
 * whom, its estimated value and where it is kept or how it was handled.
 * The booking's host and the general office add to it; the general office
 * and finance search it and take it as CSV.
 */
#include "flows/reception/reception.h"

#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "audit/audit.h"
#include "core/clock.h"
#include "core/money.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/access.h"
#include "flows/reception/reception_sql.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/csv.h"
#include "view/page.h"
#include "view/view.h"

static const char *text_of(const struct req *r, const char *name)
{
	const struct fval *v = form_get(&r->form, name);
	return v && v->text ? v->text : "";
}

static long long num_of(const struct req *r, const char *name)
{
	const struct fval *v = form_get(&r->form, name);
	return v ? v->num : 0;
}

static int gifts_hdf(struct req *r, long long request, const char *q)
{
	struct dbres res;
	const struct rc_gift *g;
	int rc = DB_RUN(ST_RC_GIFTS, &res, DBI(request), DBI(request), DBS(q), DBS(q), DBS(q));
	for (size_t i = 0; rc == DB_OK && (g = rc_gift_at(&res, i)); i++) {
		page_set_int(r, g->request_id, "Gifts.%zu.Request", i);
		page_set(r, g->number, "Gifts.%zu.Number", i);
		page_set_label(r, "Reception.Direction", g->direction, "Gifts.%zu.Direction", i);
		page_set(r, g->what, "Gifts.%zu.What", i);
		page_set(r, g->party, "Gifts.%zu.Party", i);
		page_set_money(r, g->value_fen, "Gifts.%zu.Value", i);
		page_set(r, g->handling, "Gifts.%zu.Handling", i);
		page_set(r, g->by_name, "Gifts.%zu.By", i);
		page_set_time(r, g->created_at, "Gifts.%zu.At", i);
	}
	db_free(&res);
	return rc;
}

/* GET /reception/gifts?q=&request= - the general office and finance. */
int rc_gifts_page(struct req *r)
{
	if (r->form.nerr)
		return 400;
	int rc = gifts_hdf(r, num_of(r, "request"), text_of(r, "q"));
	if (rc != DB_OK)
		return rc;
	page_set(r, text_of(r, "q"), "Query");
	if (num_of(r, "request"))
		page_set_int(r, num_of(r, "request"), "Request");
	page_title(r, "Reception.GiftsTitle");
	return view_page(r, 200, "flows/reception/gifts.cs");
}

static NEOERR *gift_line(struct req *r, STRING *out, const struct rc_gift *g)
{
	char value[32], at[20];
	money_format_plain(g->value_fen, value, sizeof value);
	clock_fmt_local((time_t)g->created_at, at);
	char dir[48];
	snprintf(dir, sizeof dir, "Reception.Direction.%s", g->direction);
	const char *v[] = {g->number, view_text(r->lang, dir), g->what, g->party, value, g->handling, g->by_name, at};
	NEOERR *err = STATUS_OK;
	for (size_t k = 0; !err && k < sizeof v / sizeof v[0]; k++)
		err = csv_field(out, v[k] ? v[k] : "", k == 0);
	return err ? err : csv_row_end(out);
}

static NEOERR *gifts_csv_build(struct req *r, STRING *out, const struct dbres *res)
{
	static const char *const heads[] = {"Reception.Gift.Number", "Reception.Gift.Direction", "Reception.Gift.What",
	    "Reception.Gift.Party", "Reception.Gift.Value", "Reception.Gift.Handling", "Reception.Gift.By",
	    "Reception.Gift.At"};
	const struct rc_gift *g;
	NEOERR *err = csv_begin(out);
	for (size_t k = 0; !err && k < sizeof heads / sizeof heads[0]; k++)
		err = csv_field(out, view_text(r->lang, heads[k]), k == 0);
	if (!err)
		err = csv_row_end(out);
	for (size_t i = 0; !err && (g = rc_gift_at(res, i)); i++)
		err = gift_line(r, out, g);
	return err;
}

/* GET /reception/gifts/csv?q=&request= */
int rc_gifts_csv(struct req *r)
{
	struct dbres res;
	STRING out;
	if (r->form.nerr)
		return 400;
	long long request = num_of(r, "request");
	const char *q = text_of(r, "q");
	int rc = DB_RUN(ST_RC_GIFTS, &res, DBI(request), DBI(request), DBS(q), DBS(q), DBS(q));
	string_init(&out);
	NEOERR *err = rc == DB_OK ? gifts_csv_build(r, &out, &res) : STATUS_OK;
	db_free(&res);
	if (rc == DB_OK && err)
		rc = DB_ERR;
	nerr_ignore(&err);
	if (rc == DB_OK)
		csv_send(r, "gifts.csv", &out);
	string_clear(&out);
	return rc;
}

struct gift_add {
	struct req *r;
	long long request;
};

/* The booking's own people and the general office may add; the booking
 * must exist and be a reception (object-level check inside the write). */
static int gift_tx(void *arg)
{
	struct gift_add *a = arg;
	struct req *r = a->r;
	struct request_head h;
	int rc = request_head_load(a->request, &h);
	if (rc != DB_OK)
		return rc;
	if (strcmp(h.type, "reception") || !strcmp(h.state, "draft"))
		return O_NOT_FOUND;
	int own = r->actor.id == h.requester || r->actor.id == h.filed_by;
	if (!own && !(r->actor.roles & ROLE_OFFICE))
		return O_FORBIDDEN;
	struct dbres res;
	rc = DB_RUN(ST_RC_GIFT_ADD, &res, DBI(a->request), DBS(text_of(r, "direction")), DBS(text_of(r, "what")),
	    DBS(text_of(r, "party")), DBI(num_of(r, "value")), DBS(text_of(r, "handling")), DBI(r->actor.id),
	    DBI(clock_now()));
	db_free(&res);
	return rc == DB_OK ? audit_by(&r->actor, "reception_gift", "request", a->request, text_of(r, "what")) : rc;
}

/* POST /reception/:id/gifts */
int rc_gift_add(struct req *r)
{
	if (r->form.nerr)
		return 400;
	struct gift_add a = {r, r->arg_id};
	int rc = db_tx(gift_tx, &a);
	if (rc != DB_OK)
		return rc;
	char to[64];
	snprintf(to, sizeof to, "/requests/%lld", r->arg_id);
	resp_redirect(r, to);
	return 0;
}
