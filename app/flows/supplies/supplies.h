/*
 * supplies.h - 办公用品、固定资产领用 (OS-01): the type, and its pages beyond
 * the shared request pages: the assistant's consolidated reports
 * (汇总上报单: gathered from approved requests, printable and CSV, marked
 * sent) and the hand-out of each item row, with an asset tag for every
 * fixed asset.
 */
#ifndef LIAISON_FLOW_SUPPLIES_H
#define LIAISON_FLOW_SUPPLIES_H

struct req;
struct flow_page;
struct route_table;

extern const struct flow_page supplies_type;
extern const struct route_table supplies_table;

/* supplies_prepare - the form page's rows: how many are shown (more on
 * "more rows"), a returned request's or draft's rows filled in, and with
 * preview every row's problem beside it. */
int supplies_prepare(struct req *r, int preview);

/* GET /supplies/reports - approved requests waiting to be reported, and
 * the reports so far. */
int supplies_reports_page(struct req *r);
/* POST /supplies/reports - gather the picked requests into a new report. */
int supplies_report_create(struct req *r);
/* GET /supplies/reports/:id - one report: per-item totals and every row. */
int supplies_report_page(struct req *r);
/* GET /supplies/reports/:id/print - the same as a sheet to print and sign. */
int supplies_report_print(struct req *r);
/* GET /supplies/reports/:id/csv - the same as CSV for Excel. */
int supplies_report_csv(struct req *r);
/* POST /supplies/reports/:id/sent - the report was sent (confirmed). */
int supplies_report_sent(struct req *r);
/* POST /supplies/reports/:id/dissolve - a draft given up (confirmed). */
int supplies_report_dissolve(struct req *r);
/* GET /supplies/:id/handout - the rows of a reported request to hand out. */
int supplies_handout_page(struct req *r);
/* POST /supplies/:id/handout - record the hand-out of every row. */
int supplies_handout_submit(struct req *r);

/* supplies_report_no - a report's number as people say it: "HZ-0007". */
void supplies_report_no(long long id, char *out, unsigned long outlen);

#endif
