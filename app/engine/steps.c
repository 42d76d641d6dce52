/* steps.c - a route's steps resolved into people for one round: each
 * step's condition, who acts (AU-04 refuses a step nobody can take), the
 * copies (抄送); chain:R becomes one step per level. */
#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "engine/core.h"
#include "engine/engine_sql.h"
#include "engine/notify.h"
#include "engine/resolve.h"

static int needed_of(enum step_kind k, size_t n)
{
	return k == SK_ALL ? (int)n : k == SK_TWO ? 2 : 1;
}

static int insert_step(struct stepper *sp, const struct route_step *st, enum step_kind kind,
    const struct userset *who)
{
	struct dbres res;
	int rc = DB_RUN(ST_STEP_INSERT, &res, DBI(sp->q->id), DBI(sp->q->round), DBI(++sp->seq), DBS(st->name),
	    DBS(step_kind_name(kind)), DBS(st->who), DBI(needed_of(kind, who->n)), DBS(st->state_after),
	    DBI(st->add_signer));
	long long step = (long long)res.insert_id;
	db_free(&res);
	for (size_t i = 0; rc == DB_OK && i < who->n; i++)
		rc = place_add(sp->q, step, kind, who->id[i], "waiting");
	if (kind == SK_SINGLE && who->n)
		sp->prev_approver = who->id[0];
	return rc;
}

/* 抄送: the people a step copies are told and may read the request. */
static int copy_to(struct stepper *sp, const struct route_step *st)
{
	struct who_ctx w = {sp->q->requester, sp->q->filed_by, sp->q->dept, sp->prev_approver};
	struct userset cc;
	int rc = resolve_who(&w, st->cc, &cc);
	for (size_t i = 0; rc == DB_OK && i < cc.n; i++) {
		rc = DB_RUN(ST_CC_ADD, NULL, DBI(sp->q->id), DBI(cc.id[i]), DBI(sp->q->now));
		if (rc == DB_OK)
			rc = notify(sp->q, cc.id[i], "cc", NULL);
	}
	return rc;
}

/* 备案: nobody may take the step and nobody stands above the requester,
 * so the step is filed for the record and the route says who is told. */
static int file_step(struct stepper *sp, const struct route_step *st)
{
	struct dbres res;
	struct who_ctx w = {sp->q->requester, sp->q->filed_by, sp->q->dept, sp->prev_approver};
	struct userset told;
	int rc = DB_RUN(ST_STEP_INSERT, &res, DBI(sp->q->id), DBI(sp->q->round), DBI(++sp->seq), DBS(st->name),
	    DBS(step_kind_name(st->kind)), DBS(st->who), DBI(0), DBS(st->state_after), DBI(0));
	long long step = (long long)res.insert_id;
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_STEP_SET_STATE, NULL, DBS("filed"), DBS("filed"), DBI(sp->q->now), DBS("filed"),
		    DBI(sp->q->now), DBI(step));
	if (rc == DB_OK)
		rc = eng_audit(sp->q, "step_filed", st->name);
	if (rc == DB_OK)
		rc = resolve_who(&w, st->top_file, &told);
	for (size_t i = 0; rc == DB_OK && i < told.n; i++)
		rc = notify(sp->q, told.id[i], "filed", NULL);
	return rc;
}

/* Nobody may take the step: at the top of the chain Top acts instead, or
 * the step is filed; anywhere else AU-04 refuses naming the role. */
static int nobody(struct stepper *sp, const struct route_step *st, const struct who_ctx *w, struct userset *who,
    int *filed)
{
	int top = 0;
	int rc = *st->top || *st->top_file ? resolve_at_top(w, &top) : DB_OK;
	*filed = 0;
	if (rc == DB_OK && top && *st->top)
		rc = resolve_who(w, st->top, who);
	if (rc != DB_OK || who->n >= (st->kind == SK_TWO ? 2u : 1u))
		return rc;
	if (top && *st->top_file) {
		*filed = 1;
		return file_step(sp, st);
	}
	resolve_missing_key(st->who, sp->error_key, sp->keylen);
	return O_NO_APPROVER;
}

/* chain:R becomes one single step per level. */
static int build_step(struct stepper *sp, const struct route_step *st)
{
	struct who_ctx w = {sp->q->requester, sp->q->filed_by, sp->q->dept, sp->prev_approver};
	struct userset who;
	int filed = 0;
	int rc = resolve_who(&w, st->who, &who);
	if (rc != DB_OK)
		return rc;
	size_t need = st->kind == SK_TWO ? 2 : 1;
	if (who.n < need && ((rc = nobody(sp, st, &w, &who, &filed)) != DB_OK || filed))
		return rc;
	if (strncmp(st->who, "chain:", 6))
		return insert_step(sp, st, st->kind, &who);
	for (size_t i = 0; rc == DB_OK && i < who.n; i++) {
		struct userset one = {1, {who.id[i]}};
		rc = insert_step(sp, st, SK_SINGLE, &one);
	}
	return rc;
}

int steps_build(struct stepper *sp, const struct route_step *steps, size_t n)
{
	char err[200];
	for (size_t i = 0; i < n; i++) {
		const struct route_step *st = &steps[i];
		int on = st->when ? cond_eval(st->when, rvals_lookup, (void *)sp->vals, err, sizeof err) : 1;
		if (on < 0)
			return DB_ERR;
		if (!on)
			continue;
		int rc = build_step(sp, st);
		if (rc == DB_OK && st->cc[0])
			rc = copy_to(sp, st);
		if (rc != DB_OK)
			return rc;
	}
	return DB_OK;
}

