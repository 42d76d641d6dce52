/*
 * agreement.c - 赞助协议 (SP-01, SP-04): the merchant, what they give
 * (money in yuan and/or goods with quantity and estimated value), what the
 * organisation gives in return, the dates, and the text or an attached PDF.
 * Submitted, it waits for two signatures (the route's `two` step): two
 * different people with signing authority, neither the drafter nor whoever
 * filed or edited it, nobody for someone else (engine/decide.c); each
 * signature bound to the SHA-256 of the content below (engine/sign.c); an
 * edit in signature starts a new round, voiding every signature.  Signed,
 * it is locked (no edit) and money and goods may come in (SP-05).  Its
 * tables: merchants, agreement_requests, sponsor_ledger (sql/023-sponsor.sql).
 */
#include "flows/agreement/agreement.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/roles.h"
#include "core/money.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/agreement/agreement_sql.h"
#include "http/form.h"
#include "http/router.h"
#include "pages/flow_page.h"

static const struct field form_fields[] = {
	{"merchant_id", FT_INT, FIELD_REQUIRED, 1, 1000000000, NULL},
	{"money", FT_AMOUNT, 0, 0, SP_FEN_MAX, NULL},
	{"goods", FT_TEXT, 0, 0, AGR_GOODS_MAX, NULL},
	{"goods_qty", FT_INT, 0, 0, 1000000, NULL},
	{"goods_value", FT_AMOUNT, 0, 0, SP_FEN_MAX, NULL},
	{"gives_back", FT_LINES, FIELD_REQUIRED, 1, AGR_BACK_MAX, NULL},
	{"starts_on", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"ends_on", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"body", FT_LINES, 0, 0, AGR_BODY_MAX, NULL},
	{"pdf", FT_FILE, 0, 0, 20971520, NULL},
};
static FIELDSET(agreement_form, form_fields);

static const char *const values[] = {"amount", NULL};

/* What a signature binds besides the attachments: every term, never the
 * ledger's sums, which change after signing. */
static const char *const content[] = {"merchant_id", "money", "goods", "goods_qty", "goods_value", "gives_back",
    "starts_on", "ends_on", "body", NULL};

/* A date of the form, as its day number (form_to_rvals gives dates so). */
static long long day_of(const struct flow_ctx *c, const char *name)
{
	return rvals_num(&c->vals, name);
}

/* Object-level: besides the drafter, only the head of the drafter's
 * department edits an agreement (edit_roles names heads in general). */
static int may_write(const struct flow_ctx *c)
{
	struct dbres res;
	long long me = c->actor ? c->actor->id : 0;
	if (me == c->requester_id)
		return DB_OK;
	int rc = DB_RUN(ST_AGR_HEAD_OF, &res, DBI(c->requester_id));
	const struct agr_head *h = agr_head_at(&res, 0);
	int head = h && h->head_id && atoll(h->head_id) == me;
	db_free(&res);
	return rc != DB_OK ? rc : head ? DB_OK : O_FORBIDDEN;
}

/* A draft keeps what was typed; an empty date is kept as none. */
static int save(struct flow_ctx *c)
{
	const struct rvals *v = &c->vals;
	int rc = may_write(c);
	if (rc != DB_OK)
		return rc;
	return DB_RUN(ST_AGR_SAVE, NULL, DBI(c->request_id), DBI(rvals_num(v, "merchant_id")),
	    DBI(rvals_num(v, "money")), DBS(rvals_text(v, "goods")), DBI(rvals_num(v, "goods_qty")),
	    DBI(rvals_num(v, "goods_value")), DBS(rvals_text(v, "gives_back")),
	    rvals_get(v, "starts_on") ? DBI(day_of(c, "starts_on")) : DBN,
	    rvals_get(v, "ends_on") ? DBI(day_of(c, "ends_on")) : DBN, DBS(rvals_text(v, "body")));
}

/* A merchant of the register; something given (money, or goods named with
 * a quantity and a value); an end not before the start. */
static int rules(struct flow_ctx *c)
{
	const struct rvals *v = &c->vals;
	struct dbres res;
	int rc = DB_RUN(ST_MERCHANT_GET, &res, DBI(rvals_num(v, "merchant_id")));
	int known = merchant_at(&res, 0) != NULL;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!known)
		return flow_refuse(c, "merchant_id", "Sponsor.Err.Merchant");
	int goods = *rvals_text(v, "goods") != '\0';
	if (goods && (rvals_num(v, "goods_qty") <= 0 || rvals_num(v, "goods_value") <= 0))
		return flow_refuse(c, "goods_qty", "Sponsor.Err.GoodsTerms");
	if (!goods && (rvals_num(v, "goods_qty") > 0 || rvals_num(v, "goods_value") > 0))
		return flow_refuse(c, "goods", "Sponsor.Err.GoodsName");
	if (rvals_num(v, "money") <= 0 && !goods)
		return flow_refuse(c, "money", "Sponsor.Err.Nothing");
	if (day_of(c, "ends_on") < day_of(c, "starts_on"))
		return flow_refuse(c, "ends_on", "Sponsor.Err.Order");
	return DB_OK;
}

static void set_money(struct flow_ctx *c, const char *name, long long fen)
{
	char t[32], label[48];
	if (!fen)
		return;
	money_format_plain(fen, t, sizeof t);
	rvals_set(&c->vals, name, t);
	money_format(fen, t, sizeof t);
	snprintf(label, sizeof label, "%s_text", name);
	rvals_set(&c->vals, label, t);
}

static void load_row(struct flow_ctx *c, const struct agr_get *a)
{
	char n[24];
	snprintf(n, sizeof n, "%lld", a->merchant_id);
	rvals_set(&c->vals, "merchant_id", n);
	rvals_set(&c->vals, "merchant", a->merchant ? a->merchant : "");
	set_money(c, "money", a->money_fen);
	rvals_set(&c->vals, "goods", a->goods);
	if (a->goods_qty)
		rvals_set_num(&c->vals, "goods_qty", a->goods_qty);
	set_money(c, "goods_value", a->goods_fen);
	rvals_set(&c->vals, "gives_back", a->gives_back);
	if (a->starts_on)
		rvals_set(&c->vals, "starts_on", a->starts_on);
	if (a->ends_on)
		rvals_set(&c->vals, "ends_on", a->ends_on);
	rvals_set(&c->vals, "body", a->body);
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_AGR_GET, &res, DBI(c->request_id));
	const struct agr_get *a = agr_get_at(&res, 0);
	if (rc == DB_OK && a)
		load_row(c, a);
	db_free(&res);
	return rc == DB_OK ? agreement_load_balances(c) : rc;
}

/* The request's amount: all it brings, money and goods' value. */
static void from_form(const struct form *f, struct rvals *vals)
{
	(void)f;
	rvals_set_num(vals, "amount", rvals_num(vals, "money") + rvals_num(vals, "goods_value"));
	struct dbres res;
	if (DB_RUN(ST_MERCHANT_GET, &res, DBI(rvals_num(vals, "merchant_id"))) == DB_OK && merchant_at(&res, 0))
		rvals_set(vals, "merchant", merchant_at(&res, 0)->name);
	db_free(&res);
}

/* "商家名 ¥5,000.00 + 矿泉水 ×100". */
static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	char money[32] = "";
	const char *goods = rvals_text(&c->vals, "goods");
	if (rvals_num(&c->vals, "money") > 0)
		money_format(rvals_num(&c->vals, "money"), money, sizeof money);
	snprintf(out, outlen, "%s %s%s%s", rvals_text(&c->vals, "merchant"), money, *money && *goods ? " + " : "",
	    goods);
}

static const struct flow flow = {
	.type = "agreement",
	.prefix = "XY",
	.values = values,
	.cancellable = 1,
	.cancel_state = "signed",
	.viewer_roles = ROLE_FINANCE | ROLE_GM | ROLE_EXEC,
	.edit_roles = ROLE_HEAD,
	.edit_in_approval = 1,
	.content_values = content,
	.save = save,
	.rules = rules,
	.load = load,
	.title = title,
};

static const struct flow_nav nav[] = {
	{"/merchants", "Merchants", 0},
	{"/sponsorship/ledger", "SponsorLedger", ROLE_FINANCE | ROLE_HEAD | ROLE_DEPUTY | ROLE_GM | ROLE_EXEC},
	{NULL, NULL, 0},
};

const struct flow_page agreement_type = {
	.flow = &flow,
	.form = &agreement_form,
	.form_tmpl = "flows/agreement/form.cs",
	.view_tmpl = "flows/agreement/view.cs",
	.from_form = from_form,
	.prepare = agreement_prepare,
	.routes = &agreement_table,
	.nav = nav,
	.demo = agreement_demo,
};
