/*
 * disbursement.c - 赞助款物支配 (SP-05): money or goods of one signed
 * agreement used for an event.  The head approves, finance pays (the
 * route in conf/routes.hdf).  It never exceeds what was received under the
 * agreement and not yet spoken for, to the fen: checked when filed, and
 * decided at the head's approval under the agreement's row lock, where the
 * ledger's 'out' row is written in the same transaction - so of two
 * approved at once the second sees the first.  Its table:
 * disbursement_requests (sql/023-sponsor.sql).
 */
#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "core/money.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/agreement/agreement.h"
#include "flows/agreement/agreement_sql.h"
#include "flows/disbursement/disbursement_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/router.h"
#include "pages/flow_page.h"
#include "view/page.h"

static const char *const kinds[] = {"money", "goods", NULL};

static const struct field form_fields[] = {
	{"agreement_id", FT_INT, FIELD_REQUIRED, 1, 1000000000000LL, NULL},
	{"kind", FT_ENUM, FIELD_REQUIRED, 0, 0, kinds},
	{"amount", FT_AMOUNT, FIELD_REQUIRED, 1, SP_FEN_MAX, NULL},
	{"qty", FT_INT, 0, 0, 1000000, NULL},
	{"purpose", FT_LINES, FIELD_REQUIRED, 1, 500, NULL},
};
static FIELDSET(disbursement_form, form_fields);

static const char *const values[] = {"amount", "kind", NULL};

static int save(struct flow_ctx *c)
{
	const struct rvals *v = &c->vals;
	return DB_RUN(ST_DISB_SAVE, NULL, DBI(c->request_id), DBI(rvals_num(v, "agreement_id")),
	    DBS(*rvals_text(v, "kind") ? rvals_text(v, "kind") : "money"), DBI(rvals_num(v, "amount")),
	    DBI(rvals_num(v, "qty")), DBS(rvals_text(v, "purpose")));
}

/* Money received belongs to the organisation, also once its agreement is
 * terminated (cancelled, only ever from signed): what was received and is
 * left may still be used; an agreement never signed gives nothing. */
static int usable(const char *state)
{
	return !strcmp(state, "signed") || !strcmp(state, "cancelling") || !strcmp(state, "cancelled");
}

/* What is left of the kind: 0 with a refusal when the agreement was never
 * signed or the amount is more than that. */
static int check_balance(struct flow_ctx *c)
{
	long long in = 0, used = 0;
	char state[16];
	const char *kind = rvals_text(&c->vals, "kind");
	int rc = agreement_balance(rvals_num(&c->vals, "agreement_id"), kind, &in, &used, state, sizeof state);
	if (rc == O_NOT_FOUND || (rc == DB_OK && !usable(state)))
		return flow_refuse(c, "agreement_id", "Sponsor.Err.NotSigned");
	if (rc != DB_OK)
		return rc;
	if (rvals_num(&c->vals, "amount") > in - used)
		return flow_refuse(c, "amount", "Sponsor.Err.OverBalance");
	return DB_OK;
}

static int rules(struct flow_ctx *c)
{
	if (!strcmp(rvals_text(&c->vals, "kind"), "goods") && rvals_num(&c->vals, "qty") <= 0)
		return flow_refuse(c, "qty", "Sponsor.Err.Qty");
	return check_balance(c);
}

/* SP-05 at the head's approval: checked again under the lock, and spoken
 * for in the ledger in the same transaction. */
static int reserve(struct flow_ctx *c)
{
	int rc = check_balance(c);
	if (rc != DB_OK)
		return rc;
	rc = DB_RUN(ST_LEDGER_OUT, NULL, DBI(rvals_num(&c->vals, "agreement_id")), DBS(rvals_text(&c->vals, "kind")),
	    DBI(rvals_num(&c->vals, "amount")), DBI(rvals_num(&c->vals, "qty")), DBI(c->now),
	    DBS(""), DBI(c->request_id), DBI(c->actor ? c->actor->id : 0), DBI(c->now));
	if (rc == DB_OK)
		flow_note(c, "sponsor_reserved", rvals_text(&c->vals, "amount_text"));
	return rc;
}

static int hook(struct flow_ctx *c, enum flow_event ev)
{
	if (ev == EV_APPROVE)
		return reserve(c);
	if (ev == EV_TASK)
		return DB_RUN(ST_LEDGER_PAID, NULL, DBI(c->now), DBI(c->request_id));
	return DB_OK;
}

/* An amount as the form shows it ("1200.00", so an edit starts from it)
 * that the hooks read as fen. */
static void set_amount(struct flow_ctx *c, long long fen)
{
	char t[32];
	money_format_plain(fen, t, sizeof t);
	rvals_set(&c->vals, "amount", t);
	for (size_t i = 0; i < c->vals.n; i++)
		if (!strcmp(c->vals.v[i].name, "amount")) {
			c->vals.v[i].num = fen;
			c->vals.v[i].is_num = 1;
		}
	money_format(fen, t, sizeof t);
	rvals_set(&c->vals, "amount_text", t);
}

static void load_row(struct flow_ctx *c, const struct disb_get *d)
{
	rvals_set_num(&c->vals, "agreement_id", d->agreement_id);
	rvals_set(&c->vals, "agreement_no", d->agreement_no ? d->agreement_no : "");
	rvals_set(&c->vals, "merchant", d->merchant ? d->merchant : "");
	rvals_set(&c->vals, "kind", d->kind);
	set_amount(c, d->amount_fen);
	if (d->qty)
		rvals_set_num(&c->vals, "qty", d->qty);
	rvals_set(&c->vals, "purpose", d->purpose);
	if (d->paid_at)
		rvals_set(&c->vals, "paid", "1");
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_DISB_GET, &res, DBI(c->request_id));
	const struct disb_get *d = disb_get_at(&res, 0);
	if (rc == DB_OK && d)
		load_row(c, d);
	db_free(&res);
	return rc;
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	char money[32];
	money_format(rvals_num(&c->vals, "amount"), money, sizeof money);
	snprintf(out, outlen, "%s %s", money, rvals_text(&c->vals, "purpose"));
}

/* The signed agreements to choose from. */
static int prepare(struct req *r, int preview)
{
	struct dbres res;
	const struct agr_signed *a;
	(void)preview;
	int rc = DB_RUN0(ST_AGR_SIGNED, &res);
	for (size_t i = 0; rc == DB_OK && (a = agr_signed_at(&res, i)); i++) {
		page_set_int(r, a->id, "Agreements.%zu.Id", i);
		page_set(r, a->number, "Agreements.%zu.Number", i);
		page_set(r, a->merchant, "Agreements.%zu.Merchant", i);
	}
	db_free(&res);
	return rc;
}

static const struct flow flow = {
	.type = "disbursement",
	.prefix = "ZC",
	.values = values,
	.kind_value = "kind",
	.viewer_roles = ROLE_FINANCE,
	.save = save,
	.rules = rules,
	.load = load,
	.hook = hook,
	.hook_events = EV_BIT(EV_APPROVE) | EV_BIT(EV_TASK),
	.title = title,
};

const struct flow_page disbursement_type = {
	.flow = &flow,
	.form = &disbursement_form,
	.form_tmpl = "flows/disbursement/form.cs",
	.view_tmpl = "flows/disbursement/view.cs",
	.prepare = prepare,
};
