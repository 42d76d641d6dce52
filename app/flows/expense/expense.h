/*
 * expense.h - 费用事前申请 (EX-01, EX-02, EX-06, EX-08): the type, and its
 * pages beyond the shared request pages: the form's categories, budget
 * left and route in words; the budgets (finance, admin); the categories
 * (admin); the personal ledger 个人帐目.
 */
#ifndef LIAISON_FLOW_EXPENSE_H
#define LIAISON_FLOW_EXPENSE_H

struct req;
struct flow_page;
struct route_table;
struct rvals;

extern const struct flow_page expense_type;
extern const struct route_table expense_table;

/* expense_planned_day - the day a pre-approval is for: the entertainment's
 * date, or the trip's return (EX-08 counts from it). */
long long expense_planned_day(const struct rvals *vals, const char *form);

/* expense_prepare - the form's categories; with preview, the budget left
 * and who will approve. */
int expense_prepare(struct req *r, int preview);

/* GET/POST /expense/budgets - the budgets and setting one (finance, admin). */
int expense_budgets_page(struct req *r);
int expense_budget_set(struct req *r);
/* GET/POST /expense/categories - the categories and adding one (admin);
 * POST /expense/categories/:name - switch one on or off. */
int expense_categories_page(struct req *r);
int expense_category_add(struct req *r);
int expense_category_active(struct req *r);
/* EX-07: GET/POST /expense/checkin - the trip under way and checking in;
 * GET /expense/travelling - who travels now, with missed check-ins. */
int expense_checkin_page(struct req *r);
int expense_checkin_submit(struct req *r);
int expense_travelling_page(struct req *r);
/* GET /expense/report[/csv] - spend against budget of a year (heads:
 * their department; finance, director, GM: everyone). */
int expense_report_page(struct req *r);
int expense_report_csv(struct req *r);
/* GET /ledger - a person's pre-approvals, holds, claims and payments. */
int expense_ledger_page(struct req *r);
/* expense_demo - a few budgets and requests for `make run`. */
int expense_demo(long long now);

#endif
