/* submit.c - filing a request: number, the type's row, rules, the route
 * resolved into steps (AU-04 refuses an empty step), the first step. */
#include "engine/engine.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/clock.h"
#include "db/db.h"
#include "engine/attach.h"
#include "engine/core.h"
#include "engine/links.h"
#include "engine/resolve.h"
#include "http/req.h"

struct build {
	struct submission *s;
	long long existing;
	int was_draft;
	struct locked q;
};

static int next_number(struct submission *s, long long now)
{
	struct dbres res;
	struct tm tm;
	time_t t = (time_t)(now + SHANGHAI_OFFSET);
	gmtime_r(&t, &tm);
	int rc = DB_RUN(ST_REQ_COUNTER, &res, DBS(s->flow->prefix), DBI(tm.tm_year + 1900));
	long long seq = (long long)res.insert_id;
	db_free(&res);
	snprintf(s->number, sizeof s->number, "%s-%04d-%06lld", s->flow->prefix, tm.tm_year + 1900, seq);
	return rc;
}

static int build_route(struct build *b)
{
	const struct route_def *route = route_find(b->s->flow->type);
	if (!route)
		return ENG_NOT_FOUND;
	struct stepper sp = {&b->q, &b->s->ctx.vals, 0, 0, b->s->ctx.error_key, sizeof b->s->ctx.error_key};
	return steps_build(&sp, route->steps, route->nsteps);
}

static int insert_request(struct build *b, const char *title)
{
	struct submission *s = b->s;
	struct dbres res;
	int rc = next_number(s, b->q.now);
	const char *amount = rvals_get(&s->ctx.vals, "amount");
	struct dbv amt = amount ? DBI(rvals_num(&s->ctx.vals, "amount")) : DBN;
	if (rc == DB_OK && s->draft)
		rc = DB_RUN(ST_REQ_INSERT_DRAFT, &res, DBS(s->number), DBS(s->flow->type), DBS(title),
		    DBI(b->q.requester), DBI(b->q.filed_by), DBI(s->dept_id), DBS(routes_hash()), amt, DBI(b->q.now),
		    DBI(b->q.now));
	else if (rc == DB_OK)
		rc = DB_RUN(ST_REQ_INSERT, &res, DBS(s->number), DBS(s->flow->type), DBS(title), DBI(b->q.requester),
		    DBI(b->q.filed_by), DBI(s->dept_id), DBS(routes_hash()), amt, DBI(b->q.now), DBI(b->q.now),
		    DBI(b->q.now));
	else
		memset(&res, 0, sizeof res);
	s->request_id = (long long)res.insert_id;
	db_free(&res);
	return rc;
}

/* A returned request comes back as a new round of the same request; a
 * draft is saved again, or submitted for its first round. */
static int reopen_request(struct build *b, const char *title)
{
	struct submission *s = b->s;
	struct req *r = s->ctx.r;
	int rc = lock_request(s->request_id, &b->q);
	if (rc != DB_OK)
		return rc;
	if (b->q.requester != r->user.id && b->q.filed_by != r->user.id)
		return ENG_FORBIDDEN;
	int draft = !strcmp(b->q.state, "draft");
	if ((!draft && (s->draft || strcmp(b->q.state, "returned"))) || b->q.version != s->version)
		return ENG_STALE;
	b->was_draft = draft;
	const char *amount = rvals_get(&s->ctx.vals, "amount");
	snprintf(s->number, sizeof s->number, "%s", b->q.number);
	if (s->draft)
		return DB_RUN(ST_REQ_DRAFT_UPDATE, NULL, DBS(title), amount ? DBI(rvals_num(&s->ctx.vals, "amount")) : DBN,
		    DBI(b->q.now), DBI(s->request_id));
	return DB_RUN(ST_REQ_RESUBMIT, NULL, DBS(title), amount ? DBI(rvals_num(&s->ctx.vals, "amount")) : DBN,
	    DBS(routes_hash()), DBI(b->q.now), DBI(b->q.now), DBI(s->request_id));
}

/* Every file field of the type's form is kept as an attachment. */
static int save_files(struct build *b)
{
	struct req *r = b->s->ctx.r;
	for (size_t i = 0; i < r->form.n; i++) {
		const struct fval *v = &r->form.v[i];
		if (r->form.fields[i].type != FT_FILE)
			continue;
		const char *key = "Attach.BadType";
		int rc;
		if (v->present && v->file)
			rc = attach_save(r, b->s->request_id, r->form.fields[i].name, b->s->flow->sensitive_files, v->file, &key);
		else if (v->raw && v->raw[0])   /* a chosen file of 0 bytes: refused, not dropped */
			rc = ATTACH_REFUSED;
		else
			continue;
		if (rc == ATTACH_REFUSED) {
			snprintf(b->s->ctx.error_field, sizeof b->s->ctx.error_field, "%s", r->form.fields[i].name);
			snprintf(b->s->ctx.error_key, sizeof b->s->ctx.error_key, "%s", key);
			return FLOW_REFUSED;
		}
		if (rc != DB_OK)
			return rc;
	}
	return DB_OK;
}

static int link_refused(struct build *b, const char *key)
{
	snprintf(b->s->ctx.error_field, sizeof b->s->ctx.error_field, "%s", b->s->flow->link->field);
	snprintf(b->s->ctx.error_key, sizeof b->s->ctx.error_key, "%s", key);
	return FLOW_REFUSED;
}

/* The other request must be the same person's, of the named type, in one
 * of the named states (EX-03: a claim only against one's own approved
 * pre-approval). */
static int save_link(struct build *b)
{
	const struct flow_link *l = b->s->flow->link;
	const struct fval *v = l ? form_get(&b->s->ctx.r->form, l->field) : NULL;
	if (!l || !v || !v->num)
		return l && l->required ? link_refused(b, "err.required") : DB_OK;
	struct dbres res;
	int rc = DB_RUN(ST_LINK_TARGET, &res, DBI(v->num));
	int ok = rc == DB_OK && res.nrows == 1 && !strcmp(db_str(&res, 0, 0), l->type) &&
	    db_int(&res, 0, 1) == b->q.requester && v->num != b->q.id;
	for (const char *const *st = l->states; ok && *st; st++)
		if (!strcmp(db_str(&res, 0, 2), *st))
			ok = 2;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (ok != 2)
		return link_refused(b, "Links.BadTarget");
	return DB_RUN(ST_LINK_SAVE, NULL, DBI(b->q.id), DBI(v->num), DBS(l->kind));
}

static int submit_tx(void *ctx)
{
	struct build *b = ctx;
	struct submission *s = b->s;
	char title[201];
	s->request_id = b->existing;
	int resubmit = s->request_id != 0;
	s->flow->title(&s->ctx, title, sizeof title);
	int rc = resubmit ? reopen_request(b, title) : insert_request(b, title);
	if (rc != DB_OK)
		return rc;
	s->ctx.request_id = s->request_id;
	/* An edit keeps who the request is for and who filed it. */
	if (resubmit) {
		s->ctx.requester_id = b->q.requester;
		s->ctx.filed_by_id = b->q.filed_by;
	}
	b->q.id = s->request_id;
	b->q.round = resubmit ? b->q.round + 1 : 1;
	snprintf(b->q.state, sizeof b->q.state, "in_approval");
	snprintf(b->q.number, sizeof b->q.number, "%s", s->number);
	snprintf(b->q.title, sizeof b->q.title, "%s", title);
	if ((rc = s->flow->save(&s->ctx)) != DB_OK)
		return rc;
	if ((rc = save_files(b)) != DB_OK)
		return rc;
	if ((rc = save_link(b)) != DB_OK)
		return rc;
	/* A draft keeps what was typed; rules and the route wait for submission. */
	if (s->draft)
		return eng_audit(&b->q, "draft_save", s->number);
	if (s->flow->rules && (rc = s->flow->rules(&s->ctx)) != DB_OK)
		return rc;
	if ((rc = build_route(b)) != DB_OK)
		return rc;
	if (s->flow->hook && (rc = s->flow->hook(&s->ctx, EV_SUBMIT)) != DB_OK)
		return rc;
	if ((rc = eng_audit(&b->q, resubmit && !b->was_draft ? "resubmit" : "submit", s->number)) != DB_OK)
		return rc;
	if ((rc = advance(&b->q)) != DB_OK)
		return rc;
	return links_rebind(b->q.id);
}

int engine_submit(struct submission *s)
{
	struct build b;
	struct req *r = s->ctx.r;
	memset(&b, 0, sizeof b);
	b.s = s;
	b.q.r = r;
	b.q.flow = s->flow;
	b.q.via = "page";
	b.q.actor = r->user.id;
	b.q.requester = s->ctx.requester_id;
	b.q.filed_by = s->ctx.filed_by_id;
	b.q.dept = s->dept_id;
	b.existing = s->request_id;
	b.q.now = s->ctx.now = clock_now();
	s->ctx.error_field[0] = s->ctx.error_key[0] = '\0';
	int rc = db_tx(submit_tx, &b);
	if (rc == FLOW_REFUSED && !s->ctx.error_key[0])
		snprintf(s->ctx.error_key, sizeof s->ctx.error_key, "%s", b.q.error_key);
	return rc;
}
