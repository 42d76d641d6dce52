/* list.c - paging and option lists. */
#include "view/list.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/pinyin.h"
#include "db/db.h"
#include "http/req.h"
#include "view/gencopy.h"
#include "view/page.h"
#include "view/view.h"
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

/* The active users, kept across requests while the roster generation
 * stays the same (view/gencopy.h): a request page waiting on its viewer
 * lists them all for the hand-over picker. */
static struct gencopy roster;
/* Each user's pinyin initials, worked out once a roster (not per page). */
#define INITIALS_MAX 32
static char (*roster_initials)[INITIALS_MAX];

static int initials_load(const struct dbres *res)
{
	size_t n = 0;
	while (user_options_at(res, n))
		n++;
	char (*all)[INITIALS_MAX] = calloc(n ? n : 1, sizeof *all);
	if (!all)
		return DB_ERR;
	for (size_t i = 0; i < n; i++)
		pinyin_initials(user_options_at(res, i)->name, all[i], sizeof all[i]);
	free(roster_initials);
	roster_initials = all;
	return DB_OK;
}

/* The roster with its initials; a roster whose initials could not be
 * worked out is dropped, to be read again next time. */
static int roster_ready(void)
{
	int read_now;
	int rc = gencopy_ready(&roster, ST_USER_OPTIONS, GEN_ROSTER, &read_now);
	if (rc == DB_OK && read_now && (rc = initials_load(&roster.res)) != DB_OK) {
		db_free(&roster.res);
		roster.loaded = 0;
	}
	return rc;
}

static int set_at(HDF *node, size_t i, const char *field, const char *value)
{
	char name[40];
	snprintf(name, sizeof name, "%zu.%s", i, field);
	NEOERR *err = hdf_set_value(node, name, value);
	if (!err)
		return 0;
	nerr_ignore(&err);
	return -1;
}

/* The roster's i-th user as node's k-th option: .Id/.Name/.Login/.Initials. */
static int user_to(HDF *node, size_t k, size_t i)
{
	const struct user_options *u = user_options_at(&roster.res, i);
	char id[24];
	snprintf(id, sizeof id, "%lld", u->id);
	return set_at(node, k, "Id", id) || set_at(node, k, "Name", u->name) || set_at(node, k, "Login", u->login)
	    || set_at(node, k, "Initials", roster_initials[i]);
}

static int roster_fill(HDF *node)
{
	int err = 0;
	for (size_t i = 0; !err && user_options_at(&roster.res, i); i++)
		err = user_to(node, i, i);
	return err;
}

int list_roster(void)
{
	int rc = roster_ready();
	if (rc == DB_OK && view_global_tree(VG_ROSTER, roster.gen, roster_fill))
		rc = DB_ERR;
	return rc;
}

/* Whether u is whom q names: part of the name, or the start of the login
 * or of the name's pinyin initials (ASCII, any case). */
static int matches(const struct user_options *u, const char *initials, const char *q)
{
	size_t n = strlen(q);
	return strstr(u->name, q) || !strncasecmp(u->login, q, n) || !strncasecmp(initials, q, n);
}

int list_users_matching(struct req *r, const char *name, const char *q)
{
	const struct user_options *u;
	HDF *node = NULL;
	size_t k = 0;
	int rc = roster_ready();
	NEOERR *err = rc == DB_OK ? hdf_get_node(r->hdf, name, &node) : STATUS_OK;
	if (err) {
		nerr_ignore(&err);
		return DB_ERR;
	}
	for (size_t i = 0; rc == DB_OK && (u = user_options_at(&roster.res, i)); i++)
		if ((!q || !*q || matches(u, roster_initials[i], q)) && user_to(node, k++, i))
			rc = DB_ERR;
	return rc;
}

/* A department without a head or a parent has no HeadId or ParentId. */
static void set_dept(struct req *r, const char *name, const struct dept_list *d, size_t i)
{
	page_set_int(r, d->id, "%s.%zu.Id", name, i);
	page_set(r, d->name, "%s.%zu.Name", name, i);
	page_set(r, d->name_en, "%s.%zu.NameEn", name, i);
	if (d->head_id)
		page_set_int(r, d->head_id, "%s.%zu.HeadId", name, i);
	page_set(r, d->head_name, "%s.%zu.Head", name, i);
	if (d->parent_id)
		page_set_int(r, d->parent_id, "%s.%zu.ParentId", name, i);
	page_set(r, d->parent_name, "%s.%zu.Parent", name, i);
	page_set_int(r, d->members, "%s.%zu.Members", name, i);
}

int list_depts(struct req *r, const char *name)
{
	struct dbres res;
	const struct dept_list *d;
	int rc = DB_RUN0(ST_DEPT_LIST, &res);
	for (size_t i = 0; rc == DB_OK && (d = dept_list_at(&res, i)); i++)
		set_dept(r, name, d, i);
	db_free(&res);
	return rc;
}
