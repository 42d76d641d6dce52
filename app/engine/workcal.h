/*
 * workcal.h - the work calendar (LV-01) as stored in calendar_days:
 * public holidays and make-up working days (调休), loaded into a struct
 * calendar for the pure arithmetic of calendar.h.  The table is small
 * (a few dozen rows a year), so each request that needs it reads it.
 */
#ifndef LIAISON_WORKCAL_H
#define LIAISON_WORKCAL_H

#include "engine/calendar.h"

struct workcal {
	struct calendar cal;
	int *holidays;
	int *makeup;
};

/* workcal_load - read every calendar day; DB_OK or a db rc (then w holds
 * plain Monday..Friday weeks and needs no free). */
int workcal_load(struct workcal *w);

/* workcal_free - release what workcal_load allocated; safe twice. */
void workcal_free(struct workcal *w);

#endif
