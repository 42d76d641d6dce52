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

/* Leave types and balances (leave_types_admin.c); the fields each reads. */
struct fieldset;
extern const struct fieldset leave_types_view_fields, leave_type_new_fields, leave_type_edit_fields;
extern const struct fieldset leave_balances_view_fields, leave_balance_fields;
/* GET /admin/leave-types - every type with its rules, and the form to add one. */
int leave_types_page(struct req *r);
/* POST /admin/leave-types - add a type (key [a-z_]{2,24}, names, rules). */
int leave_type_create(struct req *r);
/* GET/POST /admin/leave-types/:name - one type; sick and personal keep
 * their key, notice rule, certificate days and deduction (settings). */
int leave_type_edit_page(struct req *r);
int leave_type_update(struct req *r);
/* GET /attendance/balances - entitled/used/pending/left per person for a
 * balance type and year; POST sets (or clears) one person's entitlement. */
int leave_balances_page(struct req *r);
int leave_balance_set(struct req *r);

extern const struct route_table attendance_table;

#endif
