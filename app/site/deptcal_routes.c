/* deptcal_routes.c - the URLs of the department calendar: every logged-in
 * user; which department is checked by the page itself. */
#include "site/deptcal.h"

#include <stddef.h>

#include "http/form.h"
#include "http/router.h"

static const struct field view_f[] = {
	{"month", FT_TEXT, 0, 7, 7, NULL},
	{"dept", FT_INT, 0, 0, 1000000000, NULL},
};
static FIELDSET(view_fields, view_f);

static const struct route routes[] = {
	ROUTE("GET", "/calendar", deptcal_page, 0, 0, &view_fields),
	ROUTE("GET", "/calendar/mine.ics", deptcal_mine_ics, 0, 0, NULL),
};

ROUTE_TABLE(deptcal_table, routes);
