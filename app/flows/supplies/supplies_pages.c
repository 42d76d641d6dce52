/* supplies_pages.c - the URLs of the supplies pages beyond the shared
 * request pages, who may call them and the fields each reads: the
 * assistant's reports and the hand-out of each request. */
#include "flows/supplies/supplies.h"

#include <stddef.h>

#include "auth/roles.h"
#include "flows/supplies/supplies_rows.h"
#include "http/form.h"
#include "http/router.h"

#define TASK_FIELDS(i) \
	{"handed_" #i, FT_INT, 0, 0, SUP_QTY_MAX, NULL}, {"tag_" #i, FT_TEXT, 0, 0, SUP_TAGS_MAX, NULL}
#define ALL_TASK_FIELDS \
	TASK_FIELDS(1), TASK_FIELDS(2), TASK_FIELDS(3), TASK_FIELDS(4), \
	TASK_FIELDS(5), TASK_FIELDS(6), TASK_FIELDS(7), TASK_FIELDS(8), \
	{"note", FT_TEXT, 0, 0, SUP_NOTE_MAX, NULL}

/* What the hand-out task step records (also through the shared task page). */
static const struct field task_f[] = {ALL_TASK_FIELDS};
FIELDSET(supplies_task_fields, task_f);

static const struct field handout_f[] = {
	{"version", FT_INT, FIELD_REQUIRED, 1, 2000000000, NULL},
	ALL_TASK_FIELDS,
};
static FIELDSET(handout_fields, handout_f);

static const struct field pick_f[] = {
	{"pick", FT_IDLIST, FIELD_REQUIRED, 0, 500, NULL},
};
static FIELDSET(pick_fields, pick_f);

static const struct field sent_f[] = {
	{"sent_to", FT_TEXT, FIELD_REQUIRED, 1, SUP_SENT_TO_MAX, NULL},
	{"confirm_sent", FT_BOOL, FIELD_REQUIRED, 0, 1, NULL},
};
static FIELDSET(sent_fields, sent_f);

static const struct field dissolve_f[] = {
	{"confirm_dissolve", FT_BOOL, FIELD_REQUIRED, 0, 1, NULL},
};
static FIELDSET(dissolve_fields, dissolve_f);

/* The notices after a change come back as query flags. */
static const struct field desk_f[] = {
	{"dissolved", FT_BOOL, 0, 0, 1, NULL},
};
static FIELDSET(desk_fields, desk_f);

static const struct field report_f[] = {
	{"created", FT_BOOL, 0, 0, 1, NULL},
	{"sent", FT_BOOL, 0, 0, 1, NULL},
	{"handed", FT_INT, 0, 1, 1000000000000LL, NULL},
};
static FIELDSET(report_fields, report_f);

#define AS ROLE_ASSISTANT

static const struct route routes[] = {
	ROUTE("GET", "/supplies/reports", supplies_reports_page, 0, AS, &desk_fields),
	ROUTE("POST", "/supplies/reports", supplies_report_create, 0, AS, &pick_fields),
	ROUTE("GET", "/supplies/reports/:id", supplies_report_page, 0, AS, &report_fields),
	ROUTE("GET", "/supplies/reports/:id/print", supplies_report_print, 0, AS, NULL),
	ROUTE("GET", "/supplies/reports/:id/csv", supplies_report_csv, 0, AS, NULL),
	ROUTE("POST", "/supplies/reports/:id/sent", supplies_report_sent, 0, AS, &sent_fields),
	ROUTE("POST", "/supplies/reports/:id/dissolve", supplies_report_dissolve, 0, AS, &dissolve_fields),
	ROUTE("GET", "/supplies/:id/handout", supplies_handout_page, 0, AS, NULL),
	ROUTE("POST", "/supplies/:id/handout", supplies_handout_submit, 0, AS, &handout_fields),
};

ROUTE_TABLE(supplies_table, routes);
