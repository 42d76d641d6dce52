/*
 * reception.c - 对外接待 by class (RC-01..RC-07): who the guests are, when
 * they come and go, the plan (room, car, meals, route, gifts, estimated
 * cost, people to be told) and its class, which alone decides the route in
 * conf/routes.hdf: A the president or a vice-president, B the department
 * manager, C nobody (confirmed at submission).  Rooms and cars are held
 * from submission (reception_holds.c); the task steps are in
 * reception_tasks.c; its own pages in reception_pages.c and beside it.
 * Its tables: reception_requests, reception_resources, reception_holds,
 * reception_gifts (sql/022-reception.sql).
 */
#include "flows/reception/reception.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/reception/reception_sql.h"
#include "http/form.h"
#include "http/router.h"
#include "pages/flow_page.h"

static const char *const classes[] = {"A", "B", "C", NULL};

static const struct field form_fields[] = {
	{"class", FT_ENUM, FIELD_REQUIRED, 0, 0, classes},
	{"guest_org", FT_TEXT, FIELD_REQUIRED, 1, RC_ORG_MAX, NULL},
	{"guest_names", FT_TEXT, 0, 0, RC_NAMES_MAX, NULL},
	{"guest_count", FT_INT, FIELD_REQUIRED, 1, 100000, NULL},
	{"foreign_guests", FT_BOOL, 0, 0, 1, NULL},
	{"leader_title", FT_TEXT, 0, 0, RC_TITLE_MAX, NULL},
	{"responsible", FT_TEXT, FIELD_REQUIRED, 1, RC_RESP_MAX, NULL},
	{"arrive_at", FT_DATETIME, FIELD_REQUIRED, 0, 0, NULL},
	{"depart_at", FT_DATETIME, FIELD_REQUIRED, 0, 0, NULL},
	{"purpose", FT_LINES, FIELD_REQUIRED, 1, RC_PURPOSE_MAX, NULL},
	{"room_id", FT_INT, 0, 0, 1000000000000LL, NULL},
	{"car_id", FT_INT, 0, 0, 1000000000000LL, NULL},
	{"meals", FT_INT, 0, 0, 100000, NULL},
	{"meal_std", FT_AMOUNT, 0, 0, 10000000, NULL},
	{"visit_route", FT_TEXT, 0, 0, RC_ROUTE_MAX, NULL},
	{"gifts_plan", FT_TEXT, 0, 0, RC_GIFTS_MAX, NULL},
	{"amount", FT_AMOUNT, 0, 0, 10000000000LL, NULL},
	{"tell", FT_TEXT, 0, 0, RC_TELL_MAX, NULL},
};
static FIELDSET(reception_form, form_fields);

/* What the task steps record: reception_tasks.c. */
extern const struct fieldset reception_task_fields;

static const char *const values[] = {"class", "amount", NULL};

/* The form's times are Shanghai wall clock (local seconds); stored as UTC. */
static long long utc_of(const struct flow_ctx *c, const char *name)
{
	long long local = rvals_num(&c->vals, name);
	return local ? local - SHANGHAI_OFFSET : 0;
}

/* A draft keeps what was typed, even half filled. */
static int save(struct flow_ctx *c)
{
	const struct rvals *v = &c->vals;
	return DB_RUN(ST_RC_SAVE, NULL, DBI(c->request_id), DBS(rvals_text(v, "class")),
	    DBS(rvals_text(v, "guest_org")), DBS(rvals_text(v, "guest_names")), DBI(rvals_num(v, "guest_count")),
	    DBI(rvals_num(v, "foreign_guests") ? 1 : 0), DBS(rvals_text(v, "leader_title")),
	    DBS(rvals_text(v, "responsible")), utc_of(c, "arrive_at") ? DBI(utc_of(c, "arrive_at")) : DBN,
	    utc_of(c, "depart_at") ? DBI(utc_of(c, "depart_at")) : DBN, DBS(rvals_text(v, "purpose")),
	    DBI(rvals_num(v, "room_id")), DBI(rvals_num(v, "car_id")), DBI(rvals_num(v, "meals")),
	    DBI(rvals_num(v, "meal_std")), DBS(rvals_text(v, "visit_route")), DBS(rvals_text(v, "gifts_plan")),
	    DBI(rvals_num(v, "amount")), DBS(rvals_text(v, "tell")));
}

static int tell_known(void *arg, const char *login, long long id)
{
	(void)login;
	(void)arg;
	return id ? 0 : 1;
}

/* At submission: the stay in order, everyone to be told a user, then the
 * room and car held (RC-05). */
static int rules(struct flow_ctx *c)
{
	if (utc_of(c, "depart_at") <= utc_of(c, "arrive_at"))
		return flow_refuse(c, "depart_at", "Reception.Err.Order");
	int rc = rc_tell_each(rvals_text(&c->vals, "tell"), tell_known, NULL);
	if (rc == 1)
		return flow_refuse(c, "tell", "Reception.Err.TellUnknown");
	if (rc != DB_OK)
		return rc;
	return rc_holds_place(c);
}

static int tell_one(void *arg, const char *login, long long id)
{
	(void)login;
	return id && flow_copy(arg, id, "reception_plan") ? 1 : 0;
}

/* Confirmed or approved: holds firm, and the people to be told hear of
 * the plan through the engine's notices and their mail, copied on the
 * booking so the notice's link opens it. */
static int approved(struct flow_ctx *c)
{
	int rc = rc_holds_firm(c);
	if (rc == DB_OK && rc_tell_each(rvals_text(&c->vals, "tell"), tell_one, c) == 1)
		return flow_refuse(c, "tell", "Reception.Err.TellMany");
	return rc;
}

static int hook(struct flow_ctx *c, enum flow_event ev)
{
	switch (ev) {
	case EV_APPROVE: return approved(c);
	case EV_TASK: return rc_task(c);
	case EV_REJECT:
	case EV_RETURN:
	case EV_WITHDRAW:
	case EV_CANCEL:
	case EV_EXPIRE: return rc_holds_release(c);
	default: return DB_OK;
	}
}

/* "YYYY-MM-DDTHH:MM" as the form's datetime-local input wants it, and
 * the same as text for the page. */
static void set_time(struct flow_ctx *c, const char *form_name, const char *text_name, long long utc)
{
	char t[24];
	if (!utc)
		return;
	clock_fmt_local((time_t)utc, t);
	rvals_set(&c->vals, text_name, t);
	if (strlen(t) > 10)
		t[10] = 'T';
	rvals_set(&c->vals, form_name, t);
}

static void set_money(struct flow_ctx *c, const char *form_name, const char *text_name, long long fen)
{
	char t[32];
	money_format_plain(fen, t, sizeof t);
	rvals_set(&c->vals, form_name, t);
	money_format(fen, t, sizeof t);
	rvals_set(&c->vals, text_name, t);
}

static void set_id(struct flow_ctx *c, const char *name, long long id)
{
	if (id)
		rvals_set_num(&c->vals, name, id);
}

static void booking_vals(struct flow_ctx *c, const struct rc_get *g)
{
	rvals_set(&c->vals, "class", g->cls);
	rvals_set(&c->vals, "guest_org", g->guest_org);
	rvals_set(&c->vals, "guest_names", g->guest_names);
	set_id(c, "guest_count", g->guest_count);
	rvals_set(&c->vals, "foreign_guests", g->foreign_guests ? "1" : "");
	rvals_set(&c->vals, "leader_title", g->leader_title);
	rvals_set(&c->vals, "responsible", g->responsible);
	set_time(c, "arrive_at", "arrive_text", g->arrive_at);
	set_time(c, "depart_at", "depart_text", g->depart_at);
	rvals_set(&c->vals, "purpose", g->purpose);
	set_id(c, "room_id", g->room_id);
	set_id(c, "car_id", g->car_id);
	rvals_set(&c->vals, "room_name", g->room_name);
	rvals_set(&c->vals, "car_name", g->car_name);
	rvals_set(&c->vals, "hold", !g->firm ? "" : g->firm[0] == '1' ? "firm" : "tentative");
	set_id(c, "meals", g->meals);
	set_money(c, "meal_std", "meal_std_text", g->meal_std_fen);
	rvals_set(&c->vals, "visit_route", g->visit_route);
	rvals_set(&c->vals, "gifts_plan", g->gifts_plan);
	set_money(c, "amount", "amount_text", g->est_fen);
	rvals_set(&c->vals, "tell", g->tell);
}

static void task_vals(struct flow_ctx *c, const struct rc_tasks *t)
{
	if (t->meeting_on)
		rvals_set(&c->vals, "meeting_on", t->meeting_on);
	rvals_set(&c->vals, "meeting_who", t->meeting_who);
	rvals_set(&c->vals, "meeting_decisions", t->meeting_decisions);
	rvals_set(&c->vals, "chk_cleaning", t->chk_cleaning);
	rvals_set(&c->vals, "chk_flowers", t->chk_flowers);
	rvals_set(&c->vals, "chk_purchases", t->chk_purchases);
	rvals_set(&c->vals, "chk_security", t->chk_security);
	rvals_set(&c->vals, "chk_cars", t->chk_cars);
	rvals_set(&c->vals, "chk_route", t->chk_route);
	if (t->actual_fen) {
		char m[32];
		money_format(atoll(t->actual_fen), m, sizeof m);
		rvals_set(&c->vals, "actual_text", m);
		set_id(c, "receipts", t->receipts);
	}
	rvals_set(&c->vals, "summary", t->summary);
	if (t->host_fen) {
		char m[32];
		money_format(atoll(t->host_fen), m, sizeof m);
		rvals_set(&c->vals, "host_cost", m);
		rvals_set_num(&c->vals, "host_receipts", t->host_receipts);
	}
}

static int load(struct flow_ctx *c)
{
	struct dbres res;
	int rc = DB_RUN(ST_RC_GET, &res, DBI(c->request_id));
	const struct rc_get *g = rc_get_at(&res, 0);
	if (rc == DB_OK && g)
		booking_vals(c, g);
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_RC_TASKS, &res, DBI(c->request_id));
	else
		memset(&res, 0, sizeof res);
	const struct rc_tasks *t = rc == DB_OK ? rc_tasks_at(&res, 0) : NULL;
	if (t)
		task_vals(c, t);
	db_free(&res);
	return rc;
}

/* "A 华为技术有限公司 2032-03-05 09:30": class, guests, arrival. */
static void title(const struct flow_ctx *c, char *out, size_t outlen)
{
	char when[20] = "";
	if (utc_of(c, "arrive_at"))
		clock_fmt_local((time_t)utc_of(c, "arrive_at"), when);
	snprintf(out, outlen, "%s %s %s", rvals_text(&c->vals, "class"), rvals_text(&c->vals, "guest_org"), when);
}

static const struct flow flow = {
	.type = "reception",
	.prefix = "JD",
	.values = values,
	.cancellable = 1,
	.viewer_roles = ROLE_OFFICE | ROLE_FINANCE,
	.returning_task = "coordinate",   /* the plan's review may send it back (RC-04) */
	.save = save,
	.rules = rules,
	.load = load,
	.hook = hook,
	.title = title,
};

static const struct flow_nav nav[] = {
	{"/resources", "ReceptionWeek", 0},
	{"/reception/gifts", "ReceptionGifts", ROLE_OFFICE | ROLE_FINANCE},
	{NULL, NULL, 0},
};

const struct flow_page reception_type = {
	.flow = &flow,
	.form = &reception_form,
	.task_form = &reception_task_fields,
	.form_tmpl = "flows/reception/form.cs",
	.view_tmpl = "flows/reception/view.cs",
	.prepare = rc_prepare,
	.routes = &reception_table,
	.nav = nav,
	.demo = rc_demo,
};
