/* merchants.c - the merchant register 商家 (SP-01..SP-05): name, contact
 * people, address, notes; a merchant's page lists every agreement with it
 * and every disbursement from one. */
#include "flows/agreement/agreement.h"

#include <stdio.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/access.h"
#include "flows/agreement/agreement_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

/* A field's text; an optional one left empty is "" (stored so, never NULL). */
static const char *text_of(struct req *r, const char *name)
{
	const char *t = form_get(&r->form, name)->text;
	return t ? t : "";
}

static int list(struct req *r, int status)
{
	struct dbres res;
	const struct merchant *m;
	int rc = DB_RUN0(ST_MERCHANT_LIST, &res);
	for (size_t i = 0; rc == DB_OK && (m = merchant_at(&res, i)); i++) {
		page_set_int(r, m->id, "Merchants.%zu.Id", i);
		page_set(r, m->name, "Merchants.%zu.Name", i);
		page_set(r, m->contacts, "Merchants.%zu.Contacts", i);
		page_set(r, m->address, "Merchants.%zu.Address", i);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Sponsor.MerchantsTitle");
	return view_page(r, status, "flows/agreement/merchants.cs");
}

int merchants_page(struct req *r)
{
	return list(r, 200);
}

struct new_merchant {
	const struct actor *actor;
	const char *name, *contacts, *address, *notes;
	long long id;
};

static int add_tx(void *arg)
{
	struct new_merchant *m = arg;
	struct dbres res;
	int rc = DB_RUN(ST_MERCHANT_ADD, &res, DBS(m->name), DBS(m->contacts), DBS(m->address), DBS(m->notes),
	    DBI(m->actor->id), DBI(clock_now()));
	m->id = (long long)res.insert_id;
	db_free(&res);
	return rc == DB_OK ? audit_by(m->actor, "merchant_add", "merchant", m->id, m->name) : rc;
}

int merchant_add(struct req *r)
{
	if (r->form.nerr) {
		page_form_values(r);
		return list(r, 400);
	}
	struct new_merchant m = {&r->actor, text_of(r, "name"), text_of(r, "contacts"),
	    text_of(r, "address"), text_of(r, "notes"), 0};
	int rc = db_tx(add_tx, &m);
	if (rc == DB_DUP) {
		page_form_values(r);
		page_form_error(r, "name", "Sponsor.Err.MerchantTaken");
		return list(r, 409);
	}
	if (rc != DB_OK)
		return rc;
	char to[48];
	snprintf(to, sizeof to, "/merchants/%lld", m.id);
	resp_redirect(r, to);
	return 0;
}

/* Object-level: a row is listed only if the user may see its request. */
static int visible(struct req *r, long long id)
{
	struct request_head h;
	int rc = request_head_load(id, &h);
	if (rc == O_NOT_FOUND)
		return 0;
	return rc == DB_OK ? may_view(&r->actor, &h) : rc;
}

/* Every visit, agreement and disbursement with the merchant. */
static int requests_hdf(struct req *r)
{
	struct dbres res;
	const struct merchant_agr *a;
	size_t k = 0;
	int rc = DB_RUN(ST_MERCHANT_REQUESTS, &res, DBI(r->arg_id), DBI(r->arg_id), DBI(r->arg_id));
	for (size_t i = 0; rc == DB_OK && (a = merchant_agr_at(&res, i)); i++) {
		int see = visible(r, a->id);
		if (see < 0)
			rc = see;
		if (see != 1)
			continue;
		page_set_int(r, a->id, "Reqs.%zu.Id", k);
		page_set(r, a->number, "Reqs.%zu.Number", k);
		page_set_label(r, "Type", a->type, "Reqs.%zu.Type", k);
		page_set_label(r, "State", a->state, "Reqs.%zu.State", k);
		page_set(r, a->title, "Reqs.%zu.Title", k);
		page_set_time(r, a->submitted_at, "Reqs.%zu.At", k++);
	}
	db_free(&res);
	return rc;
}

/* What came in under its agreements, for those who may see each. */
static int receipts_hdf(struct req *r)
{
	struct dbres res;
	const struct merchant_receipt *g;
	size_t k = 0;
	long long last = 0;
	int see = 0;
	int rc = DB_RUN(ST_MERCHANT_RECEIPTS, &res, DBI(r->arg_id));
	for (size_t i = 0; rc == DB_OK && (g = merchant_receipt_at(&res, i)); i++) {
		if (g->agreement_id != last)
			see = visible(r, last = g->agreement_id);
		if (see < 0)
			rc = see;
		if (see != 1)
			continue;
		page_set_int(r, g->agreement_id, "Receipts.%zu.Id", k);
		page_set(r, g->number, "Receipts.%zu.Number", k);
		page_set_label(r, "Sponsor.Kind", g->kind, "Receipts.%zu.Kind", k);
		page_set_money(r, g->amount_fen, "Receipts.%zu.Amount", k);
		if (g->qty)
			page_set_int(r, g->qty, "Receipts.%zu.Qty", k);
		page_set(r, g->on_day, "Receipts.%zu.Day", k);
		page_set(r, g->received_by, "Receipts.%zu.By", k++);
	}
	db_free(&res);
	return rc;
}

int merchant_page(struct req *r)
{
	struct dbres res;
	int rc = DB_RUN(ST_MERCHANT_GET, &res, DBI(r->arg_id));
	const struct merchant *m = merchant_at(&res, 0);
	if (rc == DB_OK && !m)
		rc = O_NOT_FOUND;
	if (rc == DB_OK) {
		page_set(r, m->name, "Merchant.Name");
		page_set(r, m->contacts, "Merchant.Contacts");
		page_set(r, m->address, "Merchant.Address");
		page_set(r, m->notes, "Merchant.Notes");
	}
	db_free(&res);
	if (rc == DB_OK)
		rc = requests_hdf(r);
	if (rc == DB_OK)
		rc = receipts_hdf(r);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Sponsor.MerchantTitle");
	return view_page(r, 200, "flows/agreement/merchant.cs");
}
