/*
 * leave.h - 请假 (LV-01..LV-05, LV-12): the type, and its pages beyond the
 * shared request pages: the form's types and balances and the rules'
 * preview, a certificate added afterwards (LV-03), reporting back early
 * (销假), and the admins' leave types and balances.
 */
#ifndef LIAISON_FLOW_LEAVE_H
#define LIAISON_FLOW_LEAVE_H

#include "flows/leave/leave_assess.h"

struct req;
struct rvals;
struct flow_page;
struct route_table;

extern const struct flow_page leave_type;
extern const struct route_table leave_table;

/* leave_input - the leave's values for the rules (vals as the form gave
 * them, or as load read them). */
void leave_input(const struct rvals *vals, long long requester, long long filed_by, struct lv_input *in);

/* leave_prepare - the leave form's types and this year's balances; with
 * preview, what the rules say about what was typed (LV-01..05, 12). */
int leave_prepare(struct req *r, int preview);
/* POST /leave/:id/certificate - LV-03: a certificate added afterwards. */
int leave_cert_submit(struct req *r);
/* POST /leave/:id/back - 销假: back early, the days recounted. */
int leave_back_submit(struct req *r);

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

#endif
