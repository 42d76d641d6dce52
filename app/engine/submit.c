/*
 * submit.c - filing a request: its number, its row, its files and the
 * request it belongs to; a draft stops there.  Submission goes on with the
 * type's rules, the route resolved into steps (AU-04 refuses a step nobody
 * can take), the EV_SUBMIT hook, and the first step.
 */
#include "engine/engine.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/clock.h"
#include "core/text.h"
#include "db/db.h"
#include "engine/attach.h"
#include "engine/core.h"
#include "engine/engine_sql.h"
#include "engine/links.h"

struct build {
	struct submission *s;
	struct flow_ctx c;          /* the type's callbacks see this */
	long long existing;
	int was_draft;
	struct locked q;
};

static int refuse(struct build *b, const char *field, const char *key)
{
	snprintf(b->c.error_field, sizeof b->c.error_field, "%s", field);
	snprintf(b->c.error_key, sizeof b->c.error_key, "%s", key);
	return O_REFUSED;
}

static int next_number(struct build *b)
{
	struct dbres res;
	struct tm tm;
	time_t t = (time_t)(b->q.now + SHANGHAI_OFFSET);
	gmtime_r(&t, &tm);
	int rc = DB_RUN(ST_REQ_COUNTER, &res, DBS(b->s->flow->prefix), DBI(tm.tm_year + 1900));
	long long seq = (long long)res.insert_id;
	db_free(&res);
	snprintf(b->q.number, sizeof b->q.number, "%s-%04d-%06lld", b->s->flow->prefix, tm.tm_year + 1900, seq);
	return rc;
}

static struct dbv amount_of(const struct build *b)
{
	return rvals_get(&b->c.vals, "amount") ? DBI(rvals_num(&b->c.vals, "amount")) : DBN;
}

static int insert_request(struct build *b)
{
	struct dbres res;
	struct locked *q = &b->q;
	int rc = next_number(b);
	if (rc == DB_OK && b->s->draft)
		rc = DB_RUN(ST_REQ_INSERT_DRAFT, &res, DBS(q->number), DBS(q->type), DBS(q->kind), DBS(q->title),
		    DBI(q->requester), DBI(q->filed_by), DBI(q->dept), DBS(routes_hash()), amount_of(b), DBI(q->now),
		    DBI(q->now));
	else if (rc == DB_OK)
		rc = DB_RUN(ST_REQ_INSERT, &res, DBS(q->number), DBS(q->type), DBS(q->kind), DBS(q->title),
		    DBI(q->requester), DBI(q->filed_by), DBI(q->dept), DBS(routes_hash()), amount_of(b), DBI(q->now),
		    DBI(q->now), DBI(q->now));
	else
		memset(&res, 0, sizeof res);
	q->id = (long long)res.insert_id;
	q->round = 1;
	db_free(&res);
	return rc;
}

/* Who may edit: the requester, whoever filed it, or a role the type names. */
static int may_edit(const struct build *b)
{
	const struct actor *a = b->s->actor;
	return a->id == b->q.requester || a->id == b->q.filed_by || (a->roles & b->s->flow->edit_roles);
}

/* A draft, a returned request, or (for a type that allows it) one still
 * in approval: every place of its round closes, decided or not. */
static int editable(struct build *b)
{
	struct locked *q = &b->q;
	int draft = !strcmp(q->state, "draft");
	int live = !strcmp(q->state, "in_approval") && q->flow->edit_in_approval;
	if (b->s->draft ? !draft : !draft && !live && strcmp(q->state, "returned"))
		return O_CONFLICT;
	if (q->version != b->s->version || q->flow != b->s->flow)
		return O_CONFLICT;
	b->was_draft = draft;
	int rc = live ? DB_RUN(ST_ASG_CLOSE_REQ, NULL, DBI(q->id)) : DB_OK;
	if (rc == DB_OK && live)
		rc = DB_RUN(ST_STEPS_CLOSE_REQ, NULL, DBI(q->id));
	return rc == DB_OK && live ? eng_audit(q, "edit_restart", q->number) : rc;
}

/* A returned request comes back as a new round of the same request; a
 * draft is saved again, or submitted for its first round.  It keeps whom
 * it is for; an editor by role becomes the one who filed it. */
static int reopen_request(struct build *b)
{
	struct submission *s = b->s;
	struct locked *q = &b->q;
	char kind[sizeof q->kind], title[sizeof q->title];
	snprintf(kind, sizeof kind, "%s", q->kind);
	snprintf(title, sizeof title, "%s", q->title);
	int rc = lock_request(b->existing, q);
	if (rc != DB_OK)
		return rc;
	if (!may_edit(b))
		return O_FORBIDDEN;
	if ((rc = editable(b)) != DB_OK)
		return rc;
	if (s->actor->id != q->requester && s->actor->id != q->filed_by)
		q->filed_by = s->actor->id;
	q->round++;
	snprintf(q->kind, sizeof q->kind, "%s", kind);
	snprintf(q->title, sizeof q->title, "%s", title);
	if (s->draft)
		return DB_RUN(ST_REQ_DRAFT_UPDATE, NULL, DBS(kind), DBS(title), amount_of(b), DBI(q->now), DBI(q->id));
	return DB_RUN(ST_REQ_RESUBMIT, NULL, DBS(kind), DBS(title), amount_of(b), DBI(q->filed_by), DBS(routes_hash()),
	    DBI(q->now), DBI(q->now), DBI(q->id));
}

/* Every file chosen in the type's form is kept as an attachment. */
static int save_files(struct build *b)
{
	for (size_t i = 0; i < b->s->nfiles; i++) {
		const struct upload *u = &b->s->files[i];
		const char *key = "Attach.BadType";   /* an empty file is no PDF, JPEG or PNG either */
		int rc = u->len ? attach_store(b->s->actor, b->q.id, u, b->s->flow->sensitive_files, &key) : O_REFUSED;
		if (rc == O_REFUSED)
			return refuse(b, u->label, key);
		if (rc != DB_OK)
			return rc;
	}
	return DB_OK;
}

/* The other request must be the same person's, of the named type, in one
 * of the named states (EX-03: a claim only against one's own approved
 * pre-approval). */
static int save_link(struct build *b)
{
	const struct flow_link *l = b->s->flow->link;
	long long to = l ? rvals_num(&b->c.vals, l->field) : 0;
	if (!to)
		return l && l->required ? refuse(b, l->field, "err.required") : DB_OK;
	struct dbres res;
	int rc = DB_RUN(ST_LINK_TARGET, &res, DBI(to));
	const struct link_target *t = link_target_at(&res, 0);
	int ok = t && !strcmp(t->type, l->type) && t->requester_id == b->q.requester && to != b->q.id;
	int state_ok = 0;
	for (const char *const *st = l->states; ok && *st; st++)
		state_ok |= !strcmp(t->state, *st);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!state_ok)
		return refuse(b, l->field, "Links.BadTarget");
	return DB_RUN(ST_LINK_SAVE, NULL, DBI(b->q.id), DBI(to), DBS(l->kind));
}

static int build_route(struct build *b)
{
	const struct route_def *route = route_find(b->s->flow->type);
	if (!route)
		return O_NOT_FOUND;
	struct stepper sp = {&b->q, &b->c.vals, 0, 0, b->c.error_key, sizeof b->c.error_key};
	return steps_build(&sp, route->steps, route->nsteps);
}

/* The row, its files and its link: what a draft keeps too. */
static int store(struct build *b)
{
	int rc = b->existing ? reopen_request(b) : insert_request(b);
	if (rc != DB_OK)
		return rc;
	b->c.request_id = b->q.id;
	b->c.requester_id = b->q.requester;
	b->c.filed_by_id = b->q.filed_by;
	if ((rc = b->s->flow->save(&b->c)) != DB_OK)
		return rc;
	if ((rc = save_files(b)) != DB_OK)
		return rc;
	return save_link(b);
}

static int submit_tx(void *ctx)
{
	struct build *b = ctx;
	const struct flow *f = b->s->flow;
	b->c.nnotes = 0;
	b->c.error_field[0] = b->c.error_key[0] = '\0';
	int rc = store(b);
	if (rc != DB_OK)
		return rc;
	/* A draft keeps what was typed; rules and the route wait for submission. */
	if (b->s->draft)
		return eng_audit(&b->q, "draft_save", b->q.number);
	snprintf(b->q.state, sizeof b->q.state, "in_approval");
	if (f->rules && (rc = f->rules(&b->c)) != DB_OK)
		return rc;
	if ((rc = build_route(b)) != DB_OK)
		return rc;
	if (flow_hooks(f, EV_SUBMIT) && (rc = f->hook(&b->c, EV_SUBMIT)) != DB_OK)
		return rc;
	rc = eng_audit(&b->q, b->existing && !b->was_draft ? "resubmit" : "submit", b->q.number);
	if (rc == DB_OK)
		rc = eng_notes(&b->q, &b->c);
	if (rc == DB_OK)
		rc = advance(&b->q);
	return rc == DB_OK ? links_rebind(b->q.id) : rc;
}

/* What the request is called: its kind's code and a title in no language,
 * shortened visibly to the column. */
static void name_it(struct build *b)
{
	char title[TITLE_CHARS * 8];
	const struct flow *f = b->s->flow;
	snprintf(b->q.kind, sizeof b->q.kind, "%s", f->kind_value ? rvals_text(&b->c.vals, f->kind_value) : "");
	title[0] = '\0';
	if (f->title)
		f->title(&b->c, title, sizeof title);
	text_summary(title, TITLE_CHARS, b->q.title, sizeof b->q.title);
}

/* The build of s, ready for its transaction. */
static void begin(struct build *b, struct submission *s, long long now)
{
	memset(b, 0, sizeof *b);
	b->s = s;
	b->existing = s->request_id;
	b->c.actor = s->actor;
	b->c.vals = s->vals;        /* borrowed: the caller frees them */
	b->q.actor = s->actor;
	b->q.flow = s->flow;
	b->q.requester = s->requester_id;
	b->q.filed_by = s->actor->id;
	b->q.dept = s->dept_id;
	snprintf(b->q.type, sizeof b->q.type, "%s", s->flow->type);
	b->q.now = b->c.now = now;
	name_it(b);
}

static void end(struct build *b, struct submission *s)
{
	s->vals = b->c.vals;        /* rules may have added values */
	s->request_id = b->q.id;
	snprintf(s->number, sizeof s->number, "%s", b->q.number);
	snprintf(s->error_field, sizeof s->error_field, "%s", b->c.error_field);
	snprintf(s->error_key, sizeof s->error_key, "%s", b->c.error_key[0] ? b->c.error_key : b->q.error_key);
}

int engine_submit(struct submission *s)
{
	struct build b;
	begin(&b, s, clock_now());
	int rc = db_tx(submit_tx, &b);
	end(&b, s);
	return rc;
}

int engine_submit_within(struct submission *s, long long now)
{
	struct build b;
	if (!db_in_tx())
		return DB_NOTX;
	begin(&b, s, now);
	int rc = submit_tx(&b);
	end(&b, s);
	return rc;
}
