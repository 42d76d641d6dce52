/*
 * visit.h - 商家拜访 (SP-02, SP-03): a visit plan of two or more people,
 * approved by the head or a deputy head; the visitors' report afterwards
 * (a task step; the head is told); and the year-end count of visits per
 * merchant, per person and per month, as a page and as CSV.
 */
#ifndef LIAISON_FLOW_VISIT_H
#define LIAISON_FLOW_VISIT_H

struct req;
struct flow_page;
struct route_table;

extern const struct flow_page visit_type;
extern const struct route_table visit_table;

/* Colleagues a plan may name besides the planner. */
#define VISIT_WITH 4
#define VISIT_PURPOSE_MAX 500
#define VISIT_REPORT_MAX 1000

/* GET /visits/stats - the year's count (csv=1: as CSV). */
int visit_stats(struct req *r);

#endif
