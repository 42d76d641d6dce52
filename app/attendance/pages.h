/*
 * pages.h - the attendance clerk's pages: a department's day, meeting
 * lateness, the clock import, the monthly report, the work calendar; and
 * their route table.
 */
#ifndef LIAISON_ATTENDANCE_PAGES_H
#define LIAISON_ATTENDANCE_PAGES_H

struct req;
struct route_table;

/* GET /attendance - one department's day for the clerk. */
int attendance_day_page(struct req *r);
/* POST /attendance/record - one person's day (audited before and after). */
int attendance_record_submit(struct req *r);
/* POST /attendance/meeting - one late for a meeting, its own entry (LV-07). */
int attendance_meeting_add(struct req *r);
/* POST /attendance/meeting/delete - remove one such entry, confirmed. */
int attendance_meeting_delete(struct req *r);
/* attendance_show_day - the day page of dept (0: the first) with status;
 * what a failed form put in the HDF (Form.*, Failed.*) is shown in place. */
int attendance_show_day(struct req *r, long long dept, int day, int status);
/* attendance_again - the day page (400) again after form_name ("record",
 * "meeting") failed: what was typed and the errors beside the fields, in
 * the form of the person it was for, on their department's page. */
int attendance_again(struct req *r, const char *form_name);
/* POST /attendance/import - a time clock's CSV, all rows or none. */
int attendance_import_submit(struct req *r);
/* GET /attendance/report, /attendance/report.csv - the monthly report (LV-06..LV-10). */
int attendance_report_page(struct req *r);
int attendance_report_csv(struct req *r);
/* GET/POST /admin/calendar - the work calendar (LV-01). */
int calendar_admin_page(struct req *r);
int calendar_admin_submit(struct req *r);
/* calendar_admin_show - the year view of year with status (a failed form's
 * values and errors are in the HDF already). */
int calendar_admin_show(struct req *r, int year, int status);
/* POST /admin/calendar/toggle - a click on a day; POST /admin/calendar/import
 * - a published year as CSV or iCalendar (calendar_import.c). */
int calendar_admin_toggle(struct req *r);
int calendar_admin_import(struct req *r);

extern const struct route_table attendance_table;

#endif
