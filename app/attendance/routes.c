/* routes.c - the URLs of attendance, with who may call them. */
#include "attendance/pages.h"

#include "auth/roles.h"
#include "http/form.h"
#include "http/router.h"

#define CLERK (ROLE_CLERK | ROLE_GM)

static const char *const statuses[] = {"on_time", "late", "absent", NULL};
static const char *const absent_parts[] = {"whole", "half", NULL};
static const char *const cal_kinds[] = {"holiday", "workday", "remove", NULL};

static const struct field report_f[] = {
	{"month", FT_TEXT, 0, 7, 7, NULL},
	{"dept", FT_INT, 0, 0, 1000000000, NULL},
	{"print", FT_BOOL, 0, 0, 0, NULL},
};
static FIELDSET(report_fields, report_f);

static const struct field day_f[] = {
	{"dept", FT_INT, 0, 0, 1000000000, NULL},
	{"day", FT_DATE, 0, 0, 0, NULL},
	{"saved", FT_BOOL, 0, 0, 0, NULL},
};
static FIELDSET(day_fields, day_f);

static const struct field record_f[] = {
	{"user", FT_INT, FIELD_REQUIRED, 1, 1000000000, NULL},
	{"day", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"status", FT_ENUM, FIELD_REQUIRED, 0, 0, statuses},
	{"late_min", FT_INT, 0, 0, 1440, NULL},
	{"shuttle", FT_BOOL, 0, 0, 0, NULL},
	{"absent_part", FT_ENUM, 0, 0, 0, absent_parts},
	{"dept", FT_INT, 0, 0, 1000000000, NULL},
};
static FIELDSET(record_fields, record_f);

static const struct field meeting_f[] = {
	{"user", FT_INT, FIELD_REQUIRED, 1, 1000000000, NULL},
	{"day", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"late_min", FT_INT, FIELD_REQUIRED, 1, 1440, NULL},
	{"meeting", FT_TEXT, 0, 0, 64, NULL},
	{"dept", FT_INT, 0, 0, 1000000000, NULL},
};
static FIELDSET(meeting_fields, meeting_f);

static const struct field meeting_del_f[] = {
	{"id", FT_INT, FIELD_REQUIRED, 1, 1000000000000000LL, NULL},
	{"confirm", FT_BOOL, 0, 0, 1, NULL},
};
static FIELDSET(meeting_del_fields, meeting_del_f);

static const struct field import_f[] = {
	{"file", FT_FILE, FIELD_REQUIRED, 0, 5242880, NULL},
};
static FIELDSET(import_fields, import_f);

static const struct field cal_view_f[] = {
	{"year", FT_INT, 0, 1900, 2200, NULL},
};
static FIELDSET(cal_view_fields, cal_view_f);

static const struct field cal_f[] = {
	{"day", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"kind", FT_ENUM, FIELD_REQUIRED, 0, 0, cal_kinds},
	{"name", FT_TEXT, 0, 0, 64, NULL},
};
static FIELDSET(cal_fields, cal_f);

static const struct field cal_toggle_f[] = {
	{"day", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
};
static FIELDSET(cal_toggle_fields, cal_toggle_f);

static const struct field cal_import_f[] = {
	{"file", FT_FILE, FIELD_REQUIRED, 0, 1048576, NULL},
};
static FIELDSET(cal_import_fields, cal_import_f);

static const struct route routes[] = {
	ROUTE("GET", "/attendance", attendance_day_page, 0, CLERK, &day_fields),
	ROUTE("POST", "/attendance/record", attendance_record_submit, 0, CLERK, &record_fields),
	ROUTE("POST", "/attendance/meeting", attendance_meeting_add, 0, CLERK, &meeting_fields),
	ROUTE("POST", "/attendance/meeting/delete", attendance_meeting_delete, 0, CLERK, &meeting_del_fields),
	ROUTE("POST", "/attendance/import", attendance_import_submit, 0, CLERK, &import_fields),
	ROUTE("GET", "/attendance/report", attendance_report_page, 0, CLERK, &report_fields),
	ROUTE("GET", "/attendance/report.csv", attendance_report_csv, 0, CLERK, &report_fields),
	ROUTE("GET", "/admin/calendar", calendar_admin_page, 0, ROLE_ADMIN, &cal_view_fields),
	ROUTE("POST", "/admin/calendar", calendar_admin_submit, 0, ROLE_ADMIN, &cal_fields),
	ROUTE("POST", "/admin/calendar/toggle", calendar_admin_toggle, 0, ROLE_ADMIN, &cal_toggle_fields),
	ROUTE("POST", "/admin/calendar/import", calendar_admin_import, 0, ROLE_ADMIN, &cal_import_fields),
};

ROUTE_TABLE(attendance_table, routes);
