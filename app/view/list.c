/* list.c - paging and option lists. */
#include "view/list.h"

#include "core/gens.h"
#include "db/db.h"
#include "http/req.h"
#include "view/page.h"
#include "view/view_sql.h"

long long list_offset(long long page) { return ((page < 1 ? 1 : page) - 1) * LIST_PER_PAGE; }

void list_pager(struct req *r, long long total, long long page)
{
	long long pages = (total + LIST_PER_PAGE - 1) / LIST_PER_PAGE;
	if (page < 1)
		page = 1;
	page_set_int(r, page, "Pager.Page");
	page_set_int(r, pages ? pages : 1, "Pager.Pages");
	page_set_int(r, total, "Pager.Total");
	if (page > 1)
		page_set_int(r, page - 1, "Pager.Prev");
	if (page < pages)
		page_set_int(r, page + 1, "Pager.Next");
}

void list_pager_open(struct req *r, long long page, int more)
{
	if (page < 1)
		page = 1;
	page_set_int(r, page, "Pager.Page");
	if (page > 1)
		page_set_int(r, page - 1, "Pager.Prev");
	if (more)
		page_set_int(r, page + 1, "Pager.Next");
}

static int status_of(int rc) { return rc == DB_GONE ? 503 : 500; }

/* The active users, kept across requests while the roster generation
 * (core/gens.h) stays the same: a request page waiting on its viewer lists
 * them all for the hand-over picker. */
static struct dbres roster;
static long long roster_gen = -1;

static int roster_load(void)
{
	struct dbres res;
	long long gen;
	int rc = DB_RUN0(ST_ROSTER_GEN, &res);
	gen = rc == DB_OK && res.nrows == 1 ? db_int(&res, 0, 0) : -1;
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN0(ST_USER_OPTIONS, &res);
	if (rc != DB_OK) {
		db_free(&res);
		return rc;
	}
	db_free(&roster);
	roster = res;
	roster_gen = gen;
	if (gen >= 0)
		gens_seen(GEN_ROSTER, gen);
	return DB_OK;
}

int list_users(struct req *r, const char *name)
{
	int rc = DB_OK;
	if (!gens_fresh(GEN_ROSTER, roster_gen))
		rc = roster_load();
	for (size_t i = 0; rc == DB_OK && i < roster.nrows; i++) {
		page_set(r, db_str(&roster, i, 0), "%s.%zu.Id", name, i);
		page_set(r, db_str(&roster, i, 1), "%s.%zu.Name", name, i);
		page_set(r, db_str(&roster, i, 2), "%s.%zu.Login", name, i);
	}
	return rc == DB_OK ? 0 : status_of(rc);
}

int list_depts(struct req *r, const char *name)
{
	struct dbres res;
	int rc = DB_RUN0(ST_DEPT_LIST, &res);
	static const char *const cols[] = {"Id", "Name", "NameEn", "HeadId", "Head", "ParentId", "Parent", "Members"};
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++)
		for (size_t c = 0; c < 8; c++)
			page_set(r, db_str(&res, i, c), "%s.%zu.%s", name, i, cols[c]);
	db_free(&res);
	return rc == DB_OK ? 0 : status_of(rc);
}
