/*
 * claim_diff.c - 超支差额审批 (EX-05): the part of a claim beyond the
 * approved amount and its margin, approved along its own route (superior,
 * head, the general manager above the threshold).  Filed only by the
 * claim's submission (it has no form); its decision is written on the
 * claim, whose settlement pays it or, refused, never pays it.  Its table:
 * claim_diffs (sql/021-expense.sql).
 */
#include "flows/claim/claim.h"

#include <stdio.h>

#include "auth/roles.h"
#include "core/money.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/claim/claim_sql.h"
#include "pages/flow_page.h"

static const char *const values[] = {"amount", "category", NULL};

static int save(struct flow_ctx *c)
{
	return DB_RUN(ST_CD_SAVE, NULL, DBI(c->request_id), DBI(rvals_num(&c->vals, "claim_id")),
	    DBS(rvals_text(&c->vals, "category")), DBI(rvals_num(&c->vals, "amount")));
}

static void set_money(struct flow_ctx *c, const char *name, long long fen)
{
	char buf[32];
	money_format(fen, buf, sizeof buf);
	rvals_set(&c->vals, name, buf);
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_CD_GET, &res, DBI(c->request_id));
	const struct cd_get *d = cd_get_at(&res, 0);
	if (rc == DB_OK && d) {
		rvals_set_num(&c->vals, "claim_id", d->claim_id);
		rvals_set(&c->vals, "claim_number", d->claim_number);
		rvals_set(&c->vals, "category", d->category);
		rvals_set_num(&c->vals, "amount", d->amount_fen);
		set_money(c, "amount_text", d->amount_fen);
		set_money(c, "approved_text", d->approved_fen);
		set_money(c, "actual_text", d->actual_fen);
	}
	db_free(&res);
	return rc;
}

/* The decision lands on the claim; a return cannot be edited (there is no
 * form), so it counts as refused. */
static int hook(struct flow_ctx *c, enum flow_event ev)
{
	const char *to = ev == EV_APPROVE ? "approved"
	                 : ev == EV_REJECT || ev == EV_RETURN || ev == EV_WITHDRAW ? "rejected" : NULL;
	return to ? DB_RUN(ST_CL_DIFF_STATE, NULL, DBS(to), DBI(c->request_id)) : DB_OK;
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	char amount[32];
	money_format(rvals_num(&c->vals, "amount"), amount, sizeof amount);
	snprintf(out, outlen, "%s", amount);
}

const struct flow claim_diff_flow = {
	.type = "claim_diff",
	.prefix = "CE",
	.values = values,
	.kind_value = NULL,
	.viewer_roles = ROLE_FINANCE,
	.save = save,
	.load = load,
	.hook = hook,
	.hook_events = EV_BIT(EV_APPROVE) | EV_BIT(EV_REJECT) | EV_BIT(EV_RETURN) | EV_BIT(EV_WITHDRAW),
	.title = title,
};

const struct flow_page claim_diff_type = {
	.flow = &claim_diff_flow,
	.view_tmpl = "flows/claim/diff_view.cs",
};
