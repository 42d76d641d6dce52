/*
 * reception_form.c - the booking form page's own data: the rooms and cars
 * it offers, who will decide each class for this booker (RC-01..RC-03),
 * and, when the booker asks to check, the room or car already taken at
 * those times (RC-05) beside its field.  The check reads without locks:
 * the word that counts is the submission's own, under the row lock.
 */
#include "flows/reception/reception.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ClearSilver.h>

#include "core/clock.h"
#include "db/db.h"
#include "flows/reception/reception_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "view/page.h"

/* The president and vice-presidents (A), the booker's department head (B). */
static int deciders(struct req *r)
{
	struct dbres res;
	const struct rc_name *n;
	int rc = DB_RUN0(ST_RC_EXECS, &res);
	for (size_t i = 0; rc == DB_OK && (n = rc_name_at(&res, i)); i++)
		page_set(r, n->name, "Deciders.A.%zu", i);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	rc = DB_RUN(ST_RC_HEAD_OF, &res, DBI(r->user.id));
	if (rc == DB_OK && (n = rc_name_at(&res, 0)))
		page_set(r, n->name, "Deciders.B.0");
	db_free(&res);
	return rc;
}

static long long valid_num(const struct req *r, const char *name)
{
	const struct fval *v = form_get(&r->form, name);
	return v && v->present && v->err == V_OK ? v->num : 0;
}

/* Another booking's hold on the chosen resource at those times. */
static int taken(struct req *r, const char *field, const char *key, long long self, long long from, long long to)
{
	long long id = valid_num(r, field);
	struct dbres res;
	char err[40];
	snprintf(err, sizeof err, "Form.%s.Error", field);
	/* a refused submission already said so beside it */
	if (!id || hdf_get_value(r->hdf, err, NULL))
		return DB_OK;
	int rc = DB_RUN(ST_RC_BUSY, &res, DBI(id), DBI(self), DBI(to), DBI(from));
	const struct rc_count *n = rc_count_at(&res, 0);
	if (rc == DB_OK && n && n->n > 0)
		page_form_error(r, field, key);
	db_free(&res);
	return rc;
}

static int conflicts(struct req *r)
{
	long long from = valid_num(r, "arrive_at"), to = valid_num(r, "depart_at");
	const char *edit = hdf_get_value(r->hdf, "Edit.Id", NULL);
	long long self = edit ? atoll(edit) : 0;
	if (!from || to <= from)
		return DB_OK;
	from -= SHANGHAI_OFFSET;
	to -= SHANGHAI_OFFSET;
	int rc = taken(r, "room_id", "Reception.Err.RoomTaken", self, from, to);
	return rc == DB_OK ? taken(r, "car_id", "Reception.Err.CarTaken", self, from, to) : rc;
}

int rc_prepare(struct req *r, int preview)
{
	int rc = rc_resources_hdf(r, 1);
	if (rc == DB_OK)
		rc = deciders(r);
	if (rc == DB_OK && preview)
		rc = conflicts(r);
	return rc;
}
