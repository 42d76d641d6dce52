/*
 * pages.h - the pages of leave, outings and attendance beyond the engine's
 * shared request pages, and their route table (added to app_tables once).
 */
#ifndef LIAISON_ATTENDANCE_PAGES_H
#define LIAISON_ATTENDANCE_PAGES_H

struct req;
struct route_table;

/* leave_prepare - the leave form's types and this year's balances; with
 * preview, what the rules say about what was typed (LV-01..05, 12). */
int leave_prepare(struct req *r, int preview);
/* POST /leave/:id/certificate - LV-03: a certificate added afterwards. */
int leave_cert_submit(struct req *r);
/* POST /leave/:id/back - 销假: back early, the days recounted. */
int leave_back_submit(struct req *r);

/* GET /outings/now - who is out now (LV-11). */
int outing_now_page(struct req *r);
/* GET /outings/register - the printable register (人员外出登记表) of a month. */
int outing_register_page(struct req *r);
/* POST /outing/:id/back - the person is back. */
int outing_back_submit(struct req *r);

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
