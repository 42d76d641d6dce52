/*
 * reception.h - 对外接待 by class (RC-01..RC-07): the type, the holds on
 * rooms and cars, the task steps, and its pages beyond the shared request
 * pages: rooms and cars, the week view, the gift register, the report.
 */
#ifndef LIAISON_FLOW_RECEPTION_H
#define LIAISON_FLOW_RECEPTION_H

#include <stddef.h>

struct req;
struct flow_ctx;
struct flow_page;
struct route_table;

extern const struct flow_page reception_type;
extern const struct route_table reception_table;

/* Declared lengths of the booking's text fields, in characters. */
#define RC_ORG_MAX 100
#define RC_NAMES_MAX 200
#define RC_TITLE_MAX 60
#define RC_RESP_MAX 40
#define RC_PURPOSE_MAX 500
#define RC_ROUTE_MAX 200
#define RC_GIFTS_MAX 200
#define RC_TELL_MAX 200

/* rc_holds_place - at submission: this booking's room and car held
 * tentatively over its stay, each resource's row locked first (RC-05);
 * O_REFUSED through flow_refuse when one is taken or unknown. */
int rc_holds_place(struct flow_ctx *c);

/* rc_holds_firm, rc_holds_release - the holds made firm (approved) or
 * given up (rejected, returned, withdrawn, cancelled, expired). */
int rc_holds_firm(struct flow_ctx *c);
int rc_holds_release(struct flow_ctx *c);

/* rc_task - what a task step recorded: the general office's coordination
 * and summary (RC-04), finance's settlement (RC-07). */
int rc_task(struct flow_ctx *c);

/* rc_tell_split - the logins of the "people to be told" text, separated by
 * spaces, ASCII or full-width commas, semicolons or 、: copied into buf
 * (text longer than buflen - 1 bytes is cut there) and up to max of them
 * pointed at from logins; returns how many. */
size_t rc_tell_split(const char *text, char *buf, size_t buflen, const char **logins, size_t max);

/* rc_tell_each - for each login of the "people to be told" text, fn with
 * its user id (0: no such active user); stops at fn's first non-zero. */
int rc_tell_each(const char *text, int (*fn)(void *arg, const char *login, long long id), void *arg);

/* rc_prepare - the form page's rooms and cars and who will decide. */
int rc_prepare(struct req *r, int preview);

/* rc_resources_hdf - every room and car as Res.N, or (for_form) the active
 * ones as Rooms.N and Cars.N. */
int rc_resources_hdf(struct req *r, int for_form);

/* rc_demo - demo rooms and cars. */
int rc_demo(long long now);

/* pages: reception_resources.c, reception_week.c, reception_gifts.c,
 * reception_pages.c (the report and the URL table), reception_plan.c,
 * reception_costs.c */
int rc_resources_page(struct req *r);
int rc_resource_add(struct req *r);
int rc_resource_active(struct req *r);
int rc_week_page(struct req *r);
int rc_gifts_page(struct req *r);
int rc_gifts_csv(struct req *r);
int rc_gift_add(struct req *r);
int rc_report_page(struct req *r);
int rc_report_csv(struct req *r);
int rc_plan_page(struct req *r);
int rc_costs_submit(struct req *r);

#endif
