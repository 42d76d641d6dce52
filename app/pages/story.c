/* story.c - the request page's route, timeline, copies and files from one read. */
#include "pages/story.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "engine/access.h"
#include "engine/engine_sql.h"
#include "http/req.h"
#include "view/names.h"
#include "view/page.h"
#include "view/view.h"

enum part { PART_ROUTE = 1, PART_EVENT, PART_CC, PART_FILE };

/* What the story row means for the route (STORY_COLS). */
struct place_row {
	long long step, round, add_signer, user, acting_for;
	const char *place, *name, *kind, *step_state, *state, *comment, *decided;
};

static struct place_row place_of(const struct story *s)
{
	struct place_row p = {s->id, s->k1, s->num, s->user, s->acting_for, s->place, s->t1, s->t2, s->t3, s->t4,
	    s->t5, s->at};
	return p;
}

static void note_place(const struct place_row *p, long long who, long long round, struct my_place *me)
{
	if (me->asg_id || p->user != who || p->round != round || strcmp(p->step_state, "pending") ||
	    strcmp(p->state, "pending"))
		return;
	me->asg_id = atoll(p->place);
	snprintf(me->kind, sizeof me->kind, "%s", p->kind);
	me->add_signer = (int)p->add_signer;
	snprintf(me->step, sizeof me->step, "%s", p->name);
}

static void step_to_hdf(struct req *r, const struct place_row *p, size_t n)
{
	page_set_int(r, p->step, "Steps.%zu.Id", n);
	page_set_int(r, p->round, "Steps.%zu.Round", n);
	page_set_label(r, "Step", p->name, "Steps.%zu.Name", n);
	page_set(r, p->kind, "Steps.%zu.Kind", n);
	page_set_label(r, "StepState", p->step_state, "Steps.%zu.State", n);
	/* steps still to come close the story, after what happened */
	if (!strcmp(p->step_state, "pending") || !strcmp(p->step_state, "waiting"))
		page_set(r, "1", "Steps.%zu.Open", n);
}

static void place_to_hdf(struct req *r, const struct place_row *p, size_t n)
{
	page_set_int(r, p->step, "Assignees.%zu.Step", n);
	page_set(r, names_user(p->user), "Assignees.%zu.Name", n);
	page_set(r, p->acting_for ? names_user(p->acting_for) : "", "Assignees.%zu.ActingFor", n);
	page_set_label(r, "Asg", p->state, "Assignees.%zu.State", n);
	page_set(r, p->state, "Assignees.%zu.StateKey", n);   /* the chip's colour */
	if (p->decided)
		page_set_time(r, atoll(p->decided), "Assignees.%zu.At", n);
	page_set(r, p->comment, "Assignees.%zu.Comment", n);
}

/* A decision for someone else reads "acting_for=<id> <comment>": the page
 * names the person (*for_whom, "" for nobody) and shows the comment. */
static const char *comment_of(const char *detail, const char **for_whom)
{
	*for_whom = "";
	if (strncmp(detail, "acting_for=", 11))
		return detail;
	*for_whom = names_user(atoll(detail + 11));
	const char *sp = strchr(detail, ' ');
	return sp ? sp + 1 : "";
}

/* An audit row: actor in id, action, detail and via in t1..t3. */
static void event_to_hdf(struct req *r, const struct story *s, size_t i)
{
	const char *for_whom, *comment = comment_of(s->t2, &for_whom);
	const char *who = s->id ? names_user(s->id) : "";
	page_set_time(r, atoll(s->at), "Timeline.%zu.At", i);
	page_set(r, *who ? who : view_text(r->lang, "Request.System"), "Timeline.%zu.Who", i);
	page_set_label(r, "Event", s->t1, "Timeline.%zu.What", i);
	page_set(r, comment, "Timeline.%zu.Detail", i);
	if (*for_whom)
		page_set(r, for_whom, "Timeline.%zu.ActingFor", i);
	page_set_label(r, "Via", s->t3, "Timeline.%zu.Via", i);
	page_set(r, s->t3, "Timeline.%zu.ViaKey", i);
}

/* A file: id, size, and label, name and kind in t1..t3. */
static void file_to_hdf(struct req *r, const struct story *s, size_t i)
{
	page_set_int(r, s->id, "Attachments.%zu.Id", i);
	page_set(r, s->t1, "Attachments.%zu.Label", i);
	page_set(r, s->t2, "Attachments.%zu.Name", i);
	page_set(r, s->t3, "Attachments.%zu.Kind", i);
	page_set_int(r, s->num, "Attachments.%zu.Size", i);
	page_set_time(r, atoll(s->at), "Attachments.%zu.At", i);
}

/* Counts of what is written so far, one per list on the page. */
struct tally {
	size_t steps, places, events, cc, files;
	long long last_step;
};

static void route_row(struct req *r, const struct story *s, struct tally *t, long long who, long long round,
    struct my_place *me)
{
	struct place_row p = place_of(s);
	if (p.step != t->last_step)
		step_to_hdf(r, &p, t->steps++);
	t->last_step = p.step;
	if (!p.place)
		return;
	place_to_hdf(r, &p, t->places++);
	if (me)
		note_place(&p, who, round, me);
}

static int by_key(long long a, long long b) { return (a > b) - (a < b); }

static int story_order(const void *x, const void *y)
{
	const struct story *a = *(const struct story *const *)x, *b = *(const struct story *const *)y;
	int c = by_key(a->part, b->part);
	if (!c)
		c = by_key(a->k1, b->k1);
	if (!c)
		c = by_key(a->k2, b->k2);
	return c ? c : by_key(a->k3, b->k3);
}

/* The rows in the story's order (ST_REQ_STORY leaves it to us); NULL when
 * out of memory.  *n: how many. */
static const struct story **sorted(const struct dbres *res, size_t *n)
{
	*n = res->nrows;
	const struct story **rows = malloc((*n ? *n : 1) * sizeof *rows);
	if (!rows)
		return NULL;
	for (size_t i = 0; i < *n; i++)
		rows[i] = story_at(res, i);
	qsort(rows, *n, sizeof *rows, story_order);
	return rows;
}

static void row_to_hdf(struct req *r, const struct story *s, struct tally *t, const struct request_head *h,
    long long who, struct my_place *me, int *two)
{
	switch (s->part) {
	case PART_ROUTE:
		if (!strcmp(s->t2, "two"))
			*two = 1;
		route_row(r, s, t, who, h->round, me);
		break;
	case PART_EVENT:
		event_to_hdf(r, s, t->events++);
		break;
	case PART_CC:
		page_set(r, names_user(s->id), "Cc.%zu.Name", t->cc++);
		break;
	case PART_FILE:
		file_to_hdf(r, s, t->files++);
		break;
	}
}

int story_to_hdf(struct req *r, const struct request_head *h, long long who, struct my_place *me, int *two)
{
	struct dbres res;
	struct tally t = {0};
	size_t n = 0;
	int rc = DB_RUN(ST_REQ_STORY, &res, DBI(h->id), DBI(h->id), DBI(h->id), DBI(h->id));
	const struct story **rows = rc == DB_OK ? sorted(&res, &n) : NULL;
	if (rc == DB_OK && !rows)
		rc = DB_ERR;
	*two = 0;
	for (size_t i = 0; rc == DB_OK && i < n; i++)
		row_to_hdf(r, rows[i], &t, h, who, me, two);
	free(rows);
	db_free(&res);
	return rc;
}
