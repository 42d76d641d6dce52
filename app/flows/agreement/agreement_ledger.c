/* agreement_ledger.c - SP-05's sponsorship ledger: the balance of an
 * agreement under its row lock, what comes in (finance records a receipt,
 * only while the agreement is signed), an agreement's rows. */
#include "flows/agreement/agreement.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "auth/roles.h"
#include "core/clock.h"
#include "core/money.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/access.h"
#include "engine/attach.h"
#include "engine/engine.h"
#include "engine/flow.h"
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

int agreement_balance(long long agreement, const char *kind, long long *received, long long *used, char *state,
    unsigned long statelen)
{
	struct dbres res;
	int rc = DB_RUN(ST_AGR_LOCK, &res, DBI(agreement));
	const struct agr_lock *a = agr_lock_at(&res, 0);
	if (rc == DB_OK && !a)
		rc = O_NOT_FOUND;
	if (rc == DB_OK)
		snprintf(state, statelen, "%s", a->state);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	rc = DB_RUN(ST_LEDGER_BALANCE_NOW, &res, DBI(agreement), DBS(kind));
	const struct ledger_bal *b = ledger_bal_at(&res, 0);
	*received = b ? b->received : 0;
	*used = b ? b->used : 0;
	db_free(&res);
	return rc;
}

static int sums_of(struct flow_ctx *c, const char *kind)
{
	struct dbres res;
	char name[32], t[32];
	int rc = DB_RUN(ST_LEDGER_BALANCE, &res, DBI(c->request_id), DBS(kind));
	const struct ledger_bal *b = ledger_bal_at(&res, 0);
	if (rc == DB_OK && b && (b->received || b->used)) {
		snprintf(name, sizeof name, "%s_in_text", kind);
		money_format(b->received, t, sizeof t);
		rvals_set(&c->vals, name, t);
		snprintf(name, sizeof name, "%s_left_text", kind);
		money_format(b->received - b->used, t, sizeof t);
		rvals_set(&c->vals, name, t);
	}
	db_free(&res);
	return rc;
}

int agreement_load_balances(struct flow_ctx *c)
{
	int rc = sums_of(c, "money");
	return rc == DB_OK ? sums_of(c, "goods") : rc;
}

struct receipt {
	const struct actor *actor;
	long long agreement, amount, qty, day, now;
	const char *kind, *by, *note;
	struct upload proof;        /* label NULL: none */
	const char *error_key;      /* out: why the proof was refused */
};

/* The proof becomes an attachment of the agreement, named on its row. */
static int keep_proof(struct receipt *p, long long row)
{
	struct dbres res;
	int rc = attach_store(p->actor, p->agreement, &p->proof, 0, &p->error_key);
	if (rc != DB_OK)
		return rc;
	rc = DB_RUN(ST_LEDGER_LAST_PROOF, &res, DBI(p->agreement));
	const struct ledger_proof *f = ledger_proof_at(&res, 0);
	long long id = f && f->id ? atoll(f->id) : 0;
	db_free(&res);
	return rc == DB_OK ? DB_RUN(ST_LEDGER_SET_PROOF, NULL, DBI(id), DBI(row)) : rc;
}

/* SP-05: nothing is received against an agreement not (or no longer) signed. */
static int receive_tx(void *arg)
{
	struct receipt *p = arg;
	long long in = 0, used = 0;
	char state[16], detail[160], money[32];
	int rc = agreement_balance(p->agreement, p->kind, &in, &used, state, sizeof state);
	if (rc != DB_OK)
		return rc;
	if (strcmp(state, "signed")) {
		p->error_key = "Sponsor.Err.NotSigned";
		return O_REFUSED;
	}
	struct dbres res;
	rc = DB_RUN(ST_LEDGER_IN, &res, DBI(p->agreement), DBS(p->kind), DBI(p->amount), DBI(p->qty), DBI(p->day),
	    DBS(p->by), DBS(p->note), DBI(p->actor->id), DBI(p->now));
	long long row = (long long)res.insert_id;
	db_free(&res);
	if (rc == DB_OK && p->proof.label)
		rc = keep_proof(p, row);
	money_format(p->amount, money, sizeof money);
	snprintf(detail, sizeof detail, "%s %s ×%lld", p->kind, money, p->qty);
	return rc == DB_OK ? audit_by(p->actor, "sponsor_received", "request", p->agreement, detail) : rc;
}

/* The proof file chosen in the form, if any (a chosen empty file too: the
 * engine refuses it rather than drop it). */
static void proof_of(struct req *r, struct upload *u)
{
	const struct fval *v = form_get(&r->form, "proof");
	if (!v || !((v->present && v->file) || (v->raw && v->raw[0])))
		return;
	u->label = "proof";
	if (v->present && v->file) {
		u->filename = v->file->filename;
		u->data = v->file->value;
		u->len = v->file->len;
	}
}

/* The agreement the page is about, if the user may see it. */
static int head_of(struct req *r, struct request_head *h)
{
	int rc = request_head_load(r->arg_id, h);
	if (rc != DB_OK)
		return rc;
	if (strcmp(h->type, "agreement"))
		return O_NOT_FOUND;
	rc = may_view(&r->actor, h);
	return rc == 1 ? DB_OK : rc == 0 ? O_FORBIDDEN : rc;
}

static int show_receive(struct req *r, struct request_head *h, int status)
{
	page_set_int(r, h->id, "Agr.Id");
	page_set(r, h->number, "Agr.Number");
	page_set(r, h->title, "Agr.Title");
	page_set_label(r, "State", h->state, "Agr.State");
	page_title(r, "Sponsor.ReceiveTitle");
	return view_page(r, status, "flows/agreement/receive.cs");
}

int receive_form(struct req *r)
{
	struct request_head h;
	int rc = head_of(r, &h);
	return rc != DB_OK ? rc : show_receive(r, &h, 200);
}

int receive_submit(struct req *r)
{
	struct request_head h;
	int rc = head_of(r, &h);
	if (rc != DB_OK)
		return rc;
	if (r->form.nerr) {
		page_form_values(r);
		return show_receive(r, &h, 400);
	}
	struct receipt p = {&r->actor, h.id, form_get(&r->form, "amount")->num, form_get(&r->form, "qty")->num,
	    form_get(&r->form, "on_day")->num, clock_now(), text_of(r, "kind"),
	    text_of(r, "received_by"), text_of(r, "note"), {0}, NULL};
	proof_of(r, &p.proof);
	if (!strcmp(p.kind, "goods") && p.qty <= 0) {
		page_form_values(r);
		page_form_error(r, "qty", "Sponsor.Err.Qty");
		return show_receive(r, &h, 400);
	}
	if ((rc = db_tx(receive_tx, &p)) == O_REFUSED) {
		int unsigned_ = !strcmp(p.error_key, "Sponsor.Err.NotSigned");
		page_form_values(r);
		page_form_error(r, unsigned_ ? "kind" : "proof", p.error_key);
		return show_receive(r, &h, unsigned_ ? 409 : 400);
	}
	if (rc != DB_OK)
		return rc;
	char to[64];
	snprintf(to, sizeof to, "/agreements/%lld/ledger", h.id);
	resp_redirect(r, to);
	return 0;
}

static void ledger_row_hdf(struct req *r, const struct ledger_row *l, size_t i)
{
	page_set_label(r, "Sponsor.Dir", l->direction, "Rows.%zu.Dir", i);
	page_set_label(r, "Sponsor.Kind", l->kind, "Rows.%zu.Kind", i);
	page_set_money(r, l->amount_fen, "Rows.%zu.Amount", i);
	if (l->qty)
		page_set_int(r, l->qty, "Rows.%zu.Qty", i);
	page_set(r, l->on_day, "Rows.%zu.Day", i);
	page_set(r, l->received_by, "Rows.%zu.By", i);
	page_set(r, l->note, "Rows.%zu.Note", i);
	page_set(r, l->disb_number ? l->disb_number : "", "Rows.%zu.Disb", i);
	page_set(r, l->disb_id ? l->disb_id : "", "Rows.%zu.DisbId", i);
	page_set(r, l->paid_at ? "1" : "", "Rows.%zu.Paid", i);
	page_set(r, l->recorder, "Rows.%zu.Recorder", i);
	page_set(r, l->proof_id ? l->proof_id : "", "Rows.%zu.Proof", i);
}

int ledger_page(struct req *r)
{
	struct request_head h;
	struct dbres res;
	const struct ledger_row *l;
	int rc = head_of(r, &h);
	if (rc != DB_OK)
		return rc;
	rc = DB_RUN(ST_LEDGER_ROWS, &res, DBI(h.id));
	for (size_t i = 0; rc == DB_OK && (l = ledger_row_at(&res, i)); i++)
		ledger_row_hdf(r, l, i);
	db_free(&res);
	struct flow_ctx c;
	memset(&c, 0, sizeof c);
	c.request_id = h.id;
	if (rc == DB_OK)
		rc = agreement_load_balances(&c);
	for (size_t i = 0; rc == DB_OK && i < c.vals.n; i++)
		page_set(r, c.vals.v[i].text, "Sums.%s", c.vals.v[i].name);
	rvals_free(&c.vals);
	if (rc != DB_OK)
		return rc;
	page_set(r, (r->user.roles & ROLE_FINANCE) && !strcmp(h.state, "signed") ? "1" : "", "Can.Receive");
	page_set_int(r, h.id, "Agr.Id");
	page_set(r, h.number, "Agr.Number");
	page_set(r, h.title, "Agr.Title");
	page_set_label(r, "State", h.state, "Agr.State");
	page_title(r, "Sponsor.LedgerTitle");
	return view_page(r, 200, "flows/agreement/ledger.cs");
}
