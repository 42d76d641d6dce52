/* expense_demo.c - the demo's budgets (this year, ¥50,000 per category for
 * marketing and external liaison) and two pre-approvals of 张伟 waiting
 * for his head, filed through the engine like any other, so `make run`
 * shows the budget held and an inbox with something in it. */
#include "flows/expense/expense.h"

#include <string.h>

#include "auth/roles.h"
#include "core/outcome.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "engine/engine.h"
#include "flows/expense/expense_sql.h"
#include "pages/flow_page.h"

static void entertain(struct rvals *v, int day)
{
	rvals_set(v, "category", "entertain");
	rvals_set(v, "client", "华润医药 王经理");
	rvals_set_num(v, "guests", 3);
	rvals_set_num(v, "our_people", 2);
	rvals_set(v, "place", "海底捞国贸店");
	rvals_set_num(v, "planned", day);
	rvals_set(v, "purpose", "年度合作洽谈");
	rvals_set_num(v, "amount", 180000);
}

static void travel(struct rvals *v, int day)
{
	rvals_set(v, "category", "travel");
	rvals_set(v, "destination", "上海");
	rvals_set_num(v, "depart", day);
	rvals_set_num(v, "return_day", day + 2);
	rvals_set(v, "transport", "高铁");
	rvals_set(v, "companions", "刘洋");
	rvals_set(v, "purpose", "医博会参展");
	rvals_set_num(v, "amount", 620000);
}

static int file_one(long long now, void (*fill)(struct rvals *, int))
{
	struct dbres res;
	int rc = DB_RUN(ST_EX_DEMO_USER, &res, DBS("mkt_staff"));
	const struct ex_person *p = ex_person_at(&res, 0);
	long long id = p ? p->id : 0, dept = p ? p->dept_id : 0;
	db_free(&res);
	if (rc != DB_OK || !id)
		return rc;
	struct actor a = {id, ROLE_STAFF, 0, "", "system", "zh-CN"};
	struct submission s;
	memset(&s, 0, sizeof s);
	s.flow = expense_type.flow;
	s.actor = &a;
	s.requester_id = id;
	s.dept_id = dept;
	fill(&s.vals, cal_utc_to_day(now) + 7);
	rc = engine_submit_within(&s, now);
	rvals_free(&s.vals);
	/* a week ahead may fall past this year's budget: the demo goes on without it */
	return rc == O_REFUSED || rc == O_NO_APPROVER ? DB_OK : rc;
}

int expense_demo(long long now)
{
	/* +8 h: the Shanghai year of the moment */
	long long local = now + 8 * 3600;
	int rc = DB_RUN(ST_EX_DEMO_BUDGETS, NULL, DBI(local), DBI(local), DBI(5000000), DBI(now));
	if (rc == DB_OK)
		rc = file_one(now, entertain);
	return rc == DB_OK ? file_one(now, travel) : rc;
}
