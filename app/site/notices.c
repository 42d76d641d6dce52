/* notices.c - the notifications list and opening a notification. */
#include "site/notices.h"

#include <stdio.h>

#include "core/clock.h"
#include "db/db.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"
#include "site/site_sql.h"

static const struct field list_fields[] = {
	{"page", FT_INT, 0, 1, 1000000, NULL},
};
FIELDSET(notices_fields, list_fields);

int notices_page(struct req *r)
{
	struct dbres res;
	long long page = form_get(&r->form, "page")->num;
	int rc = DB_RUN(ST_NOTE_COUNT, &res, DBI(r->user.id));
	long long total = db_int(&res, 0, 0);
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_NOTE_LIST, &res, DBI(r->user.id), DBI(LIST_PER_PAGE), DBI(list_offset(page)));
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++) {
		page_set(r, db_str(&res, i, 0), "Notes.%zu.Id", i);
		page_set_label(r, "Notice", db_str(&res, i, 2), "Notes.%zu.Kind", i);
		page_set(r, db_str(&res, i, 3), "Notes.%zu.Text", i);
		page_set_time(r, db_int(&res, i, 4), "Notes.%zu.At", i);
		page_set(r, db_str(&res, i, 5), "Notes.%zu.Unread", i);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc == DB_GONE ? 503 : 500;
	list_pager(r, total, page);
	page_title(r, "Notice.Title");
	return view_page(r, 200, "notices.cs");
}

struct open {
	struct req *r;
	long long id;
	int all;
};

static int open_tx(void *ctx)
{
	struct open *o = ctx;
	if (o->all)
		return DB_RUN(ST_NOTE_READ_ALL, NULL, DBI(clock_now()), DBI(o->r->user.id));
	return DB_RUN(ST_NOTE_OPEN, NULL, DBI(clock_now()), DBI(o->id), DBI(o->r->user.id));
}

int notice_open(struct req *r)
{
	struct dbres res;
	int rc = DB_RUN(ST_NOTE_TARGET, &res, DBI(r->arg_id), DBI(r->user.id));
	long long request = rc == DB_OK && res.nrows == 1 ? db_int(&res, 0, 0) : -1;
	db_free(&res);
	if (rc != DB_OK)
		return rc == DB_GONE ? 503 : 500;
	if (request < 0)
		return 404;   /* not yours, or no such notification */
	struct open o = {r, r->arg_id, 0};
	if ((rc = db_tx(open_tx, &o)) != DB_OK)
		return rc == DB_GONE ? 503 : 500;
	char to[64];
	snprintf(to, sizeof to, request ? "/requests/%lld" : "/notifications", request);
	resp_redirect(r, to);
	return 0;
}

int notices_read_all(struct req *r)
{
	struct open o = {r, 0, 1};
	int rc = db_tx(open_tx, &o);
	if (rc != DB_OK)
		return rc == DB_GONE ? 503 : 500;
	resp_redirect(r, "/notifications");
	return 0;
}
