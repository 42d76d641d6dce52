/*
 * pages.h - the attendance clerk's pages: a department's day, the clock
 * import, the monthly report, the work calendar; and their route table.
 */
#ifndef LIAISON_ATTENDANCE_PAGES_H
#define LIAISON_ATTENDANCE_PAGES_H

struct req;
struct route_table;

/* GET /attendance - one department's day for the clerk. */
int attendance_day_page(struct req *r);
/* POST /attendance/record - one person's day (audited before and after). */
int attendance_record_submit(struct req *r);
/* POST /attendance/import - a time clock's CSV, all rows or none. */
int attendance_import_submit(struct req *r);
/* GET /attendance/report, /attendance/report.csv - the monthly report (LV-06..LV-10). */
int attendance_report_page(struct req *r);
int attendance_report_csv(struct req *r);
/* GET/POST /admin/calendar - the work calendar (LV-01). */
int calendar_admin_page(struct req *r);
int calendar_admin_submit(struct req *r);

extern const struct route_table attendance_table;

#endif
