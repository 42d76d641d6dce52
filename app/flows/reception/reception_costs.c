/*
 * reception_costs.c - the host records what the reception actually cost
 * and how many receipts back it (RC-07), once it is confirmed and until
 * finance settles; finance's settle task takes that amount unless it types
 * its own.  An amendment: the booking locked, the change audited with it.
 */
#include "flows/reception/reception.h"

#include <stdio.h>
#include <string.h>

#include "core/money.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/engine.h"
#include "engine/flow.h"
#include "flows/reception/reception_sql.h"
#include "http/req.h"
#include "http/resp.h"

static int record(struct flow_ctx *c, void *arg)
{
	const struct req *r = arg;
	if (strcmp(c->state, "approved") && strcmp(c->state, "arranged"))
		return O_CONFLICT;
	long long fen = form_get(&r->form, "actual")->num;
	int rc = DB_RUN(ST_RC_HOST_COSTS, NULL, DBI(fen), DBI(form_get(&r->form, "receipts")->num), DBI(c->request_id));
	char m[32];
	money_format_plain(fen, m, sizeof m);
	if (rc == DB_OK)
		flow_note(c, "reception_costs", m);
	return rc;
}

/* POST /reception/:id/costs - the booking's host (or whoever filed it). */
int rc_costs_submit(struct req *r)
{
	if (r->form.nerr)
		return 400;
	struct amendment a = {&r->actor, r->arg_id, "reception", NULL, record, r, ""};
	int rc = engine_amend(&a);
	if (rc != DB_OK)
		return rc;
	char to[64];
	snprintf(to, sizeof to, "/requests/%lld", r->arg_id);
	resp_redirect(r, to);
	return 0;
}
