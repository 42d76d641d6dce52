/*
 * claim.c - 报销 (EX-03, EX-04, EX-05).  A claim names the claimant's own
 * approved, unclaimed pre-approval - there is no other way to be
 * reimbursed - and gives the actual amount with receipts.  Up to the
 * approved amount plus the margin it goes straight to finance; beyond it
 * the difference (actual - approved) is filed as a claim_diff of its own,
 * and finance cannot settle before it is decided; a refused difference is
 * never paid.  Settlement books the paid amount to the personal ledger and
 * replaces the pre-approval's hold by it.  Its tables: claim_requests,
 * expense_ledger (sql/021-expense.sql).
 */
#include "flows/claim/claim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/roles.h"
#include "core/money.h"
#include "core/outcome.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/attach.h"
#include "engine/calendar.h"
#include "engine/engine.h"
#include "engine/flow.h"
#include "flows/claim/claim_sql.h"
#include "http/form.h"
#include "http/router.h"
#include "pages/flow_page.h"

#define CL_AMOUNT_MAX 100000000000LL

static const struct field form_fields[] = {
	{"expense_id", FT_INT, FIELD_REQUIRED, 1, 1000000000000LL, NULL},
	{"amount", FT_AMOUNT, FIELD_REQUIRED, 1, CL_AMOUNT_MAX, NULL},
	{"note", FT_LINES, 0, 0, 500, NULL},
	{"receipt", FT_FILE, 0, 0, 0, NULL},
	{"receipt2", FT_FILE, 0, 0, 0, NULL},
	{"receipt3", FT_FILE, 0, 0, 0, NULL},
};
static FIELDSET(claim_form, form_fields);

static const char *const values[] = {"amount", "category", NULL};
static const char *const receipts[] = {"receipt", "receipt2", "receipt3", NULL};

long long claim_limit(long long approved_fen, long long margin_bp)
{
	long long limit = approved_fen;
	money_percent_bp(approved_fen, 10000 + margin_bp, &limit);
	return limit;
}

/* EX-03, checked first in the transaction and for a draft too: the
 * pre-approval is the claimant's own (else 403), approved and not claimed
 * by another claim (else 409).  Its row stays locked to the end. */
static int target(struct flow_ctx *c, struct cl_target *out)
{
	struct dbres res;
	int rc = DB_RUN(ST_CL_TARGET, &res, DBI(rvals_num(&c->vals, "expense_id")));
	const struct cl_target *t = cl_target_at(&res, 0);
	int st = !t || t->user_id != c->requester_id ? O_FORBIDDEN
	         : strcmp(t->state, "approved") || (t->claim_id && t->claim_id != c->request_id) ? O_CONFLICT : DB_OK;
	if (rc == DB_OK && t) {
		*out = *t;
		out->state = out->number = out->category = "";
		rvals_set(&c->vals, "category", t->category);
		rvals_set_num(&c->vals, "approved_fen", t->amount_fen);
	}
	db_free(&res);
	return rc != DB_OK ? rc : st;
}

static int save(struct flow_ctx *c)
{
	struct cl_target t;
	int rc = target(c, &t);
	if (rc != DB_OK)
		return rc;
	return DB_RUN(ST_CL_SAVE, NULL, DBI(c->request_id), DBI(c->requester_id), DBI(rvals_num(&c->vals, "expense_id")),
	    DBI(t.amount_fen), DBI(rvals_num(&c->vals, "amount")), DBS(rvals_text(&c->vals, "note")));
}

/* EX-04: spent, with at least one receipt (the engine stored and checked
 * the files: PDF, JPEG or PNG by content). */
static int rules(struct flow_ctx *c)
{
	long long n = 0, k;
	for (const char *const *l = receipts; *l; l++) {
		int rc = attach_count(c->request_id, *l, &k);
		if (rc != DB_OK)
			return rc;
		n += k;
	}
	return n ? DB_OK : flow_refuse(c, "receipt", "Claim.Err.Receipt");
}

/* EX-05: the difference beyond the margin through its own route, filed
 * by the claimant in this same transaction. */
static int file_diff(struct flow_ctx *c, long long diff)
{
	struct submission s;
	struct dbres res;
	memset(&s, 0, sizeof s);
	int rc = DB_RUN(ST_CL_GET, &res, DBI(c->request_id));
	const struct cl_get *g = cl_get_at(&res, 0);
	int filed = g && g->diff_id && strcmp(g->diff_state, "rejected");
	db_free(&res);
	if (rc != DB_OK || filed)
		return rc;
	s.flow = &claim_diff_flow;
	s.actor = c->actor;
	s.requester_id = c->requester_id;
	rc = DB_RUN(ST_CL_DEPT, &res, DBI(c->requester_id));
	s.dept_id = cl_dept_at(&res, 0) ? cl_dept_at(&res, 0)->dept_id : 0;
	db_free(&res);
	rvals_set_num(&s.vals, "amount", diff);
	rvals_set(&s.vals, "category", rvals_text(&c->vals, "category"));
	rvals_set_num(&s.vals, "claim_id", c->request_id);
	if (rc == DB_OK)
		rc = engine_submit_within(&s, c->now);
	if (rc == O_REFUSED || rc == O_NO_APPROVER)
		flow_refuse(c, "amount", s.error_key[0] ? s.error_key : "Claim.Err.Diff");
	if (rc == DB_OK)
		rc = DB_RUN(ST_CL_SET_DIFF, NULL, DBI(s.request_id), DBS("pending"), DBI(c->request_id));
	if (rc == DB_OK)
		flow_note(c, "claim_diff_filed", s.number);
	rvals_free(&s.vals);
	return rc;
}

/* The pre-approval is claimed: it no longer expires (EX-08). */
static int submitted(struct flow_ctx *c)
{
	long long expense = rvals_num(&c->vals, "expense_id"), approved = rvals_num(&c->vals, "approved_fen");
	long long actual = rvals_num(&c->vals, "amount");
	int rc = DB_RUN(ST_CL_EX_CLAIM, NULL, DBI(c->request_id), DBI(expense));
	if (rc == DB_OK)
		rc = DB_RUN(ST_CL_EX_EXPIRY, NULL, DBN, DBI(expense));
	if (rc == DB_OK && actual > claim_limit(approved, setting("expense_margin_bp")))
		rc = file_diff(c, actual - approved);
	return rc;
}

/* Withdrawn or cancelled: the pre-approval may be claimed again, until
 * its own end. */
static int freed(struct flow_ctx *c)
{
	long long expense = rvals_num(&c->vals, "expense_id");
	long long ends = cal_day_start_utc((int)(rvals_num(&c->vals, "planned_day") + setting("expense_grace_days") + 1), 0);
	int rc = DB_RUN(ST_CL_EX_CLAIM, NULL, DBN, DBI(expense));
	return rc == DB_OK ? DB_RUN(ST_CL_EX_EXPIRY, NULL, DBI(ends), DBI(expense)) : rc;
}

/* EX-04, EX-05: what finance pays - the actual amount, or the approved one
 * when the difference was refused - booked to the personal ledger; the
 * hold becomes what was paid, the rest of it is free again. */
static int settle(struct flow_ctx *c)
{
	const char *diff = rvals_text(&c->vals, "diff_state");
	if (!strcmp(diff, "pending"))
		return flow_refuse(c, "", "Claim.Err.DiffPending");
	long long actual = rvals_num(&c->vals, "actual_fen"), approved = rvals_num(&c->vals, "approved_fen");
	long long paid = !strcmp(diff, "rejected") && actual > approved ? approved : actual;
	const struct rvals *in = c->input;
	char detail[120], amount[32];
	int rc = DB_RUN(ST_CL_BOOK, NULL, DBI(paid), DBI(rvals_num(in, "pay_day")), DBS(rvals_text(in, "method")),
	    DBS(rvals_text(in, "voucher")), DBI(c->actor->id), DBI(c->now), DBI(c->request_id));
	if (rc == DB_OK)
		rc = DB_RUN(ST_CL_EX_SPENT, NULL, DBI(paid), DBI(rvals_num(&c->vals, "expense_id")));
	money_format(paid, amount, sizeof amount);
	snprintf(detail, sizeof detail, "%s, %s %s", amount, rvals_text(in, "method"), rvals_text(in, "voucher"));
	if (rc == DB_OK)
		flow_note(c, "claim_booked", detail);
	return rc;
}

static int hook(struct flow_ctx *c, enum flow_event ev)
{
	switch (ev) {
	case EV_SUBMIT:
		return submitted(c);
	case EV_TASK:
		return settle(c);
	case EV_WITHDRAW:
	case EV_CANCEL:
	case EV_REJECT:
		return freed(c);
	default:
		return DB_OK;
	}
}

static void set_money(struct flow_ctx *c, const char *name, long long fen)
{
	char buf[32];
	money_format(fen, buf, sizeof buf);
	rvals_set(&c->vals, name, buf);
}

static void load_row(struct flow_ctx *c, const struct cl_get *g)
{
	char plain[24], day[16];
	int y, m, d;
	rvals_set_num(&c->vals, "expense_id", g->expense_id);
	rvals_set(&c->vals, "expense_number", g->expense_number);
	rvals_set(&c->vals, "category", g->category);
	rvals_set_num(&c->vals, "approved_fen", g->approved_fen);
	rvals_set_num(&c->vals, "actual_fen", g->actual_fen);
	money_format_plain(g->actual_fen, plain, sizeof plain);
	rvals_set(&c->vals, "amount", plain);
	set_money(c, "approved_text", g->approved_fen);
	set_money(c, "actual_text", g->actual_fen);
	set_money(c, "limit_text", claim_limit(g->approved_fen, setting("expense_margin_bp")));
	rvals_set(&c->vals, "note", g->note);
	rvals_set_num(&c->vals, "diff_id", g->diff_id);
	rvals_set(&c->vals, "diff_number", g->diff_number);
	rvals_set(&c->vals, "diff_state", g->diff_state);
	rvals_set_num(&c->vals, "planned_day", g->planned_day);
	rvals_set_num(&c->vals, "owner", g->user_id);
	if (g->paid_fen) {
		set_money(c, "paid_text", strtoll(g->paid_fen, NULL, 10));
		cal_ymd((int)g->paid_day, &y, &m, &d);
		snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, d);
		rvals_set(&c->vals, "paid_day", day);
		rvals_set(&c->vals, "method", g->method);
		rvals_set(&c->vals, "voucher", g->voucher);
	}
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_CL_GET, &res, DBI(c->request_id));
	const struct cl_get *g = cl_get_at(&res, 0);
	if (rc == DB_OK && g)
		load_row(c, g);
	db_free(&res);
	return rc;
}

static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	char amount[32];
	money_format(rvals_num(&c->vals, "amount"), amount, sizeof amount);
	snprintf(out, outlen, "%s", amount);
}

static const char *const linked_states[] = {"approved", NULL};
static const struct flow_link link = {"expense_id", "expense", linked_states, "pre_approval", 1};

static const struct flow flow = {
	.type = "claim",
	.prefix = "BX",
	.values = values,
	.cancellable = 1,   /* before finance settles: it waits on a task step, so it counts as approved */
	.returning_task = "settle",   /* finance may send it back with a reason (EX-04) */
	.viewer_roles = ROLE_FINANCE,
	.link = &link,
	.save = save,
	.rules = rules,
	.load = load,
	.hook = hook,
	.hook_events = EV_BIT(EV_SUBMIT) | EV_BIT(EV_TASK) | EV_BIT(EV_WITHDRAW) | EV_BIT(EV_CANCEL) | EV_BIT(EV_REJECT),
	.title = title,
};

const struct flow_page claim_type = {
	.flow = &flow,
	.form = &claim_form,
	.task_form = &claim_settle_fields,
	.form_tmpl = "flows/claim/form.cs",
	.view_tmpl = "flows/claim/view.cs",
	.prepare = claim_prepare,
};
