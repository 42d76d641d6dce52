/*
 * expense_budget.h - EX-02 总量控制: the budget a pre-approval falls in
 * (its requester's department, its category, the narrowest period holding
 * its planned day) and what is left of it.  Nothing about a budget's use
 * is stored on the budget: it is the sum of the holds of the requests
 * pointing at it, read under the budget row's lock, so two holds taken at
 * the same moment are judged one after the other.
 */
#ifndef LIAISON_FLOWS_EXPENSE_BUDGET_H
#define LIAISON_FLOWS_EXPENSE_BUDGET_H

struct ex_left {
	int found;               /* 0: no budget covers the day */
	long long budget_id;
	long long amount;        /* the budget */
	long long tentative;     /* held by requests in approval */
	long long firm;          /* held by approved requests */
	long long spent;         /* paid on settled claims */
	long long left;          /* amount - tentative - firm - spent */
	int first_day, last_day;
	char period[8];
};

/* ex_budget_left - the budget of dept x category covering day and what the
 * requests other than self hold of it; lock: take the budget row's lock
 * (inside a transaction).  0 or a db rc. */
int ex_budget_left(long long dept, const char *category, int day, long long self, int lock, struct ex_left *out);

/* ex_budget_left_id - the same for a known budget, always locked. */
int ex_budget_left_id(long long budget_id, long long self, struct ex_left *out);

/* ex_period_text - "2031-11", "2031-Q4" or "2031" for a period's first day. */
void ex_period_text(const char *period, int first_day, char *out, unsigned outlen);

#endif
