/* workcal.c - calendar_days into a struct calendar. */
#include "engine/workcal.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"

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
	for (size_t i = 0; i < res.nrows; i++) {
		int day = (int)db_int(&res, i, 0);
		if (!strcmp(db_str(&res, i, 1), "holiday"))
			w->holidays[w->cal.nholidays++] = day;
		else if (!strcmp(db_str(&res, i, 1), "workday"))
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
