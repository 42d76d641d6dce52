/* attdata.c - a department's attendance facts over days, and what a day
 * counts for (see attdata.h). */
#include "attendance/attdata.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attendance/attendance_sql.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/calendar.h"

void attdata_policy(struct pay_policy *p)
{
	memset(p, 0, sizeof *p);
	p->sick_bp = setting("sick_deduct_bp");
	p->personal_bp = setting("personal_deduct_bp");
	p->late_fine = setting("late_fine_fen");
	p->late_absence_min = (int)setting("late_absence_min");
	p->late_flag_count = (int)setting("late_flag_count");
	p->absence_fine = setting("absence_fine_fen");
	p->absence_flag_days = (int)setting("absence_flag_days");
	p->work_start_min = (int)setting("work_start_min");
	p->work_end_min = (int)setting("work_end_min");
	p->afternoon_start_min = (int)setting("afternoon_start_min");
}

/* calloc of n rows (at least one, so an empty table is not a failure). */
static void *rows(size_t n, size_t size) { return calloc(n ? n : 1, size); }

static enum att_status status_of(const char *s)
{
	return !strcmp(s, "late") ? ATT_LATE : !strcmp(s, "absent") ? ATT_ABSENT : ATT_ON_TIME;
}

static int clock_minute(const char *s)
{
	if (strlen(s) != 5 || s[2] != ':')
		return -1;
	return ((s[0] - '0') * 10 + (s[1] - '0')) * 60 + (s[3] - '0') * 10 + (s[4] - '0');
}

static int load_people(struct attdata *d)
{
	struct dbres res;
	const struct atd_dept_users *u;
	int rc = DB_RUN(ST_ATD_DEPT_USERS, &res, DBI(d->dept));
	if (rc == DB_OK && !(d->people = rows(res.nrows, sizeof *d->people)))
		rc = DB_ERR;
	for (size_t i = 0; rc == DB_OK && i < ATT_MAX_PEOPLE && (u = atd_dept_users_at(&res, i)); i++) {
		struct att_person *p = &d->people[d->npeople++];
		p->id = u->id;
		p->salary = u->salary_fen;
		snprintf(p->login, sizeof p->login, "%s", u->login);
		snprintf(p->name, sizeof p->name, "%s", u->display_name);
	}
	db_free(&res);
	return rc;
}

static int load_records(struct attdata *d)
{
	struct dbres res;
	const struct atd_range *a;
	int rc = DB_RUN(ST_ATD_RANGE, &res, DBI(d->dept), DBI(d->first), DBI(d->last));
	if (rc == DB_OK && !(d->recs = rows(res.nrows, sizeof *d->recs)))
		rc = DB_ERR;
	for (size_t i = 0; rc == DB_OK && (a = atd_range_at(&res, i)); i++) {
		struct att_rec *r = &d->recs[d->nrecs++];
		r->user = a->user_id;
		r->day = (int)a->day;
		r->w = (struct att_work){status_of(a->status), (int)a->late_min, (int)a->shuttle, (int)a->absent_halfdays,
		    clock_minute(a->clock_in)};
		snprintf(r->clock, sizeof r->clock, "%s", a->clock_in);
	}
	db_free(&res);
	return rc;
}

static int load_meetings(struct attdata *d)
{
	struct dbres res;
	const struct atd_meetings *m;
	int rc = DB_RUN(ST_ATD_MEETINGS, &res, DBI(d->dept), DBI(d->first), DBI(d->last));
	if (rc == DB_OK && (!(d->meets = rows(res.nrows, sizeof *d->meets)) ||
	                    !(d->meet_min = rows(res.nrows, sizeof *d->meet_min))))
		rc = DB_ERR;
	for (size_t i = 0; rc == DB_OK && (m = atd_meetings_at(&res, i)); i++) {
		struct att_meet *e = &d->meets[d->nmeets];
		e->id = m->id;
		e->user = m->user_id;
		e->day = (int)m->day;
		snprintf(e->name, sizeof e->name, "%s", m->meeting);
		d->meet_min[d->nmeets++] = (int)m->late_min;
	}
	db_free(&res);
	return rc;
}

static int load_leaves(struct attdata *d)
{
	struct dbres res;
	const struct atd_leaves *l;
	int rc = DB_RUN(ST_ATD_LEAVES, &res, DBI(d->dept), DBI(2LL * d->last + 1), DBI(2LL * d->first));
	if (rc == DB_OK && !(d->leaves = rows(res.nrows, sizeof *d->leaves)))
		rc = DB_ERR;
	for (size_t i = 0; rc == DB_OK && (l = atd_leaves_at(&res, i)); i++) {
		struct att_leave *v = &d->leaves[d->nleaves++];
		*v = (struct att_leave){l->user_id, l->slot_start, l->slot_end, l->deduct_bp, "", "", ""};
		snprintf(v->code, sizeof v->code, "%s", l->counted_as);
		snprintf(v->name, sizeof v->name, "%s", l->name);
		snprintf(v->name_en, sizeof v->name_en, "%s", l->name_en);
	}
	db_free(&res);
	return rc;
}

static int load_outings(struct attdata *d)
{
	struct dbres res;
	const struct atd_outings *o;
	long long from = cal_day_start_utc(d->first, 0), to = cal_day_start_utc(d->last + 1, 0);
	int rc = DB_RUN(ST_ATD_OUTINGS, &res, DBI(d->dept), DBI(to), DBI(from));
	if (rc == DB_OK && !(d->outs = rows(res.nrows, sizeof *d->outs)))
		rc = DB_ERR;
	for (size_t i = 0; rc == DB_OK && (o = atd_outings_at(&res, i)); i++)
		d->outs[d->nouts++] = (struct att_out){o->user_id, o->from_at, o->to_at};
	db_free(&res);
	return rc;
}

static int load_calendar(struct attdata *d)
{
	struct dbres res;
	const struct cal_year *c;
	int rc = DB_RUN(ST_CAL_YEAR, &res, DBI(d->first), DBI(d->last));
	if (rc == DB_OK && !(d->cal = rows(res.nrows, sizeof *d->cal)))
		rc = DB_ERR;
	for (size_t i = 0; rc == DB_OK && (c = cal_year_at(&res, i)); i++) {
		struct att_calday *v = &d->cal[d->ncal++];
		v->day = (int)c->day;
		snprintf(v->kind, sizeof v->kind, "%s", c->kind);
		snprintf(v->name, sizeof v->name, "%s", c->name);
	}
	db_free(&res);
	return rc == DB_OK ? workcal_load(&d->wc) : rc;
}

int attdata_load(struct attdata *d, long long dept, int first, int last)
{
	memset(d, 0, sizeof *d);
	d->dept = dept;
	d->first = first;
	d->last = last;
	int rc = load_people(d);
	if (rc == DB_OK)
		rc = load_records(d);
	if (rc == DB_OK)
		rc = load_meetings(d);
	if (rc == DB_OK)
		rc = load_leaves(d);
	if (rc == DB_OK)
		rc = load_outings(d);
	if (rc == DB_OK)
		rc = load_calendar(d);
	return rc;
}

void attdata_free(struct attdata *d)
{
	free(d->people);
	free(d->recs);
	free(d->meets);
	free(d->meet_min);
	free(d->leaves);
	free(d->outs);
	free(d->cal);
	workcal_free(&d->wc);
	memset(d, 0, sizeof *d);
}

/* -- one person's day ------------------------------------------------- */

static int before(long long u1, int d1, long long u2, int d2) { return u1 < u2 || (u1 == u2 && d1 < d2); }

static const struct att_rec *find_record(const struct attdata *d, long long user, int day)
{
	size_t lo = 0, hi = d->nrecs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (before(d->recs[mid].user, d->recs[mid].day, user, day))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < d->nrecs && d->recs[lo].user == user && d->recs[lo].day == day ? &d->recs[lo] : NULL;
}

static void find_meetings(const struct attdata *d, long long user, int day, struct att_dayview *v)
{
	size_t lo = 0, hi = d->nmeets;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (before(d->meets[mid].user, d->meets[mid].day, user, day))
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t n = 0;
	while (lo + n < d->nmeets && d->meets[lo + n].user == user && d->meets[lo + n].day == day)
		n++;
	v->meets = n ? &d->meets[lo] : NULL;
	v->meet_min = n ? &d->meet_min[lo] : NULL;
	v->nmeet = n;
}

static const struct att_calday *find_calday(const struct attdata *d, int day)
{
	for (size_t i = 0; i < d->ncal; i++)
		if (d->cal[i].day == day)
			return &d->cal[i];
	return NULL;
}

/* The calendar, the leave and the outings of the day, as daycount.h sees them. */
static void context(const struct attdata *d, long long user, int day, const struct pay_policy *p,
    struct att_dayview *v)
{
	v->cal = find_calday(d, day);
	if (!cal_is_workday(&d->wc.cal, day))
		v->ctx.off = v->cal && !strcmp(v->cal->kind, "holiday") ? DAY_HOLIDAY : DAY_WEEKEND;
	for (size_t i = 0; i < d->nleaves; i++) {
		int h = d->leaves[i].user == user ? day_leave_halves(d->leaves[i].start, d->leaves[i].end, day) : 0;
		if (h && !v->leave)
			v->leave = &d->leaves[i];
		v->ctx.leave |= h;
	}
	int start = v->ctx.leave & HALF_MORNING ? p->afternoon_start_min : p->work_start_min;
	for (size_t i = 0; i < d->nouts; i++) {
		int during = 0, at_start = 0;
		if (d->outs[i].user == user)
			day_outing(d->outs[i].from, d->outs[i].to, day, p, start, &during, &at_start);
		if (during && !v->out)
			v->out = &d->outs[i];
		v->ctx.outing |= during;
		v->ctx.outing_at_start |= during && at_start;
	}
}

void attdata_day(const struct attdata *d, long long user, int day, const struct pay_policy *p,
    struct att_dayview *v)
{
	memset(v, 0, sizeof *v);
	v->day = day;
	v->rec = find_record(d, user, day);
	find_meetings(d, user, day, v);
	context(d, user, day, p, v);
	v->bad = day_effect_of(v->rec ? &v->rec->w : NULL, v->meet_min, v->nmeet, &v->ctx, p, &v->eff) != 0;
}

int attdata_notable(const struct att_dayview *v)
{
	if (v->nmeet || v->bad || (v->rec && v->rec->w.status != ATT_ON_TIME))
		return 1;
	if (v->rec && (v->eff.why || v->eff.lates))
		return 1;
	return v->ctx.off == DAY_WORK && (v->leave || v->out);
}
