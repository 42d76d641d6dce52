/* reception_demo.c - demo rooms and cars for `make run` (RC-05). */
#include "flows/reception/reception.h"

#include <stddef.h>

#include "db/db.h"
#include "flows/reception/reception_sql.h"

static const struct {
	const char *kind, *name, *driver;
	int seats;
} demo[] = {
	{"room", "一号会议室", "", 20},
	{"room", "贵宾接待室", "", 12},
	{"car", "粤A·D1234", "陈师傅", 7},
	{"car", "粤A·C5678", "林师傅", 5},
};

int rc_demo(long long now)
{
	int rc = DB_OK;
	for (size_t i = 0; rc == DB_OK && i < sizeof demo / sizeof demo[0]; i++)
		rc = DB_RUN(ST_RC_RES_ADD, NULL, DBS(demo[i].kind), DBS(demo[i].name), DBI(demo[i].seats),
		    DBS(demo[i].driver), DBI(now));
	return rc;
}
