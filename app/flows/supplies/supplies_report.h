/* supplies_report.h - what the pages of one consolidated report share
 * (supplies_report.c, supplies_csv.c). */
#ifndef LIAISON_SUPPLIES_REPORT_H
#define LIAISON_SUPPLIES_REPORT_H

struct req;

/* sup_report_head - report id as Report.* in the page, if the user may see
 * it (they made it, or have a place on the route of a request it holds);
 * 0, O_NOT_FOUND, O_FORBIDDEN or a db rc. */
int sup_report_head(struct req *r, long long id);

/* sup_report_body - its per-item totals (Totals.*) and every row of every
 * request (Lines.*; a request's first row has First and Span). */
int sup_report_body(struct req *r, long long id);

#endif
