/* expense_demo.c - the demo's budgets: this year, ¥50,000 per category for
 * marketing and external liaison, so `make run` can apply at once. */
#include "flows/expense/expense.h"

#include "db/db.h"
#include "flows/expense/expense_sql.h"

int expense_demo(long long now)
{
	/* +8 h: the Shanghai year of the moment */
	long long local = now + 8 * 3600;
	return DB_RUN(ST_EX_DEMO_BUDGETS, NULL, DBI(local), DBI(local), DBI(5000000), DBI(now));
}
