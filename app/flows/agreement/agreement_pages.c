/* agreement_pages.c - the URLs of sponsorship beyond the shared request
 * pages, who may call them and the fields each reads; and the agreement
 * form's merchants (agreement_prepare). */
#include "flows/agreement/agreement.h"

#include <stddef.h>
#include <stdlib.h>

#include <ClearSilver.h>

#include "auth/roles.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/access.h"
#include "flows/agreement/agreement_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/router.h"
#include "view/page.h"

/* An agreement opened for editing is shown only to whom may see it. */
static int may_open(struct req *r)
{
	const char *edit = hdf_get_value(r->hdf, "Edit.Id", NULL);
	struct request_head h;
	if (!edit)
		return DB_OK;
	int rc = request_head_load(atoll(edit), &h);
	if (rc != DB_OK)
		return rc;
	rc = may_view(&r->actor, &h);
	return rc == 1 ? DB_OK : rc == 0 ? O_FORBIDDEN : rc;
}

int agreement_prepare(struct req *r, int preview)
{
	struct dbres res;
	const struct merchant *m;
	(void)preview;
	int rc = may_open(r);
	if (rc != DB_OK)
		return rc;
	rc = DB_RUN0(ST_MERCHANT_LIST, &res);
	for (size_t i = 0; rc == DB_OK && (m = merchant_at(&res, i)); i++) {
		page_set_int(r, m->id, "Merchants.%zu.Id", i);
		page_set(r, m->name, "Merchants.%zu.Name", i);
	}
	db_free(&res);
	return rc;
}

static const struct field merchant_f[] = {
	{"name", FT_TEXT, FIELD_REQUIRED, 1, MER_NAME_MAX, NULL},
	{"contacts", FT_TEXT, 0, 0, MER_CONTACTS_MAX, NULL},
	{"address", FT_TEXT, 0, 0, MER_ADDRESS_MAX, NULL},
	{"notes", FT_LINES, 0, 0, MER_NOTES_MAX, NULL},
};
static FIELDSET(merchant_fields, merchant_f);

static const char *const kinds[] = {"money", "goods", NULL};

static const struct field receive_f[] = {
	{"kind", FT_ENUM, FIELD_REQUIRED, 0, 0, kinds},
	{"amount", FT_AMOUNT, FIELD_REQUIRED, 1, SP_FEN_MAX, NULL},
	{"qty", FT_INT, 0, 0, 1000000, NULL},
	{"on_day", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"received_by", FT_TEXT, FIELD_REQUIRED, 1, LEDGER_BY_MAX, NULL},
	{"note", FT_TEXT, 0, 0, LEDGER_NOTE_MAX, NULL},
	{"proof", FT_FILE, 0, 0, 20971520, NULL},
};
static FIELDSET(receive_fields, receive_f);

static const struct field report_f[] = {
	{"from", FT_DATE, 0, 0, 0, NULL},
	{"to", FT_DATE, 0, 0, 0, NULL},
	{"csv", FT_BOOL, 0, 0, 1, NULL},
};
static FIELDSET(report_fields, report_f);

/* Who sees the money: finance, the heads who decide disbursements, the
 * signers' ranks. */
#define LEDGER_VIEW (ROLE_FINANCE | ROLE_HEAD | ROLE_DEPUTY | ROLE_DIRECTOR | ROLE_GM | ROLE_EXEC)

static const struct route routes[] = {
	ROUTE("GET", "/merchants", merchants_page, 0, 0, NULL),
	ROUTE("POST", "/merchants", merchant_add, 0, 0, &merchant_fields),
	ROUTE("GET", "/merchants/:id", merchant_page, 0, 0, NULL),
	ROUTE("GET", "/agreements/:id/receive", receive_form, 0, ROLE_FINANCE, NULL),
	ROUTE("POST", "/agreements/:id/receive", receive_submit, 0, ROLE_FINANCE, &receive_fields),
	ROUTE("GET", "/agreements/:id/ledger", ledger_page, 0, 0, NULL),
	ROUTE("GET", "/sponsorship/ledger", ledger_report, 0, LEDGER_VIEW, &report_fields),
};

ROUTE_TABLE(agreement_table, routes);
