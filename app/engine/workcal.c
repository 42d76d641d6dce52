/* workcal.c - calendar_days into a struct calendar. */
#include "engine/workcal.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "engine/engine_sql.h"

int workcal_load(struct workcal *w)
{
	struct dbres res;
	memset(w, 0, sizeof *w);
	int rc = DB_RUN0(ST_CAL_DAYS, &res);
	if (rc != DB_OK || res.nrows == 0) {
		db_free(&res);
		return rc;
	}
	w->holidays = calloc(res.nrows, sizeof *w->holidays);
	w->makeup = calloc(res.nrows, sizeof *w->makeup);
	if (!w->holidays || !w->makeup) {
		db_free(&res);
		workcal_free(w);
		return DB_ERR;
	}
	/* Rows come sorted by day, so both arrays are sorted as calendar.h needs. */
	const struct cal_days *row;
	for (size_t i = 0; (row = cal_days_at(&res, i)); i++) {
		int day = (int)row->day;
		if (!strcmp(row->kind, "holiday"))
			w->holidays[w->cal.nholidays++] = day;
		else if (!strcmp(row->kind, "workday"))
			w->makeup[w->cal.nmakeup++] = day;
	}
	db_free(&res);
	w->cal.holidays = w->holidays;
	w->cal.makeup = w->makeup;
	return DB_OK;
}

void workcal_free(struct workcal *w)
{
	free(w->holidays);
	free(w->makeup);
	memset(w, 0, sizeof *w);
}
