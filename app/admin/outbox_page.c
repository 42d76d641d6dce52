/* outbox_page.c - listing the outbox for admins. */
#include "admin/outbox_page.h"

#include <string.h>

#include "auth/roles.h"
#include "core/config.h"
#include "db/db.h"
#include "http/form.h"
#include "http/req.h"
#include "http/router.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"
#include "admin/admin_sql.h"

static const char *const states[] = {"queued", "sending", "sent", "failed", "skipped", NULL};

static const struct field filter_fields[] = {
	{"state", FT_ENUM, 0, 0, 0, states},
	{"page", FT_INT, 0, 1, 1000000, NULL},
};
static FIELDSET(outbox_fields, filter_fields);

/* Only links of our own shape become clickable (never javascript: etc.). */
static int safe_link(const char *s)
{
	return (s[0] == '/' && s[1] != '/') || !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8);
}

static void set_row(struct req *r, const struct dbres *res, size_t i)
{
	static const char *const cols[] = {"Id", "At", "Name", "Addr", "Subject", "State", "Attempts"};
	for (size_t c = 0; c < sizeof cols / sizeof cols[0]; c++)
		page_set(r, db_str(res, i, c), "Rows.%zu.%s", i, cols[c]);
	page_set_time(r, db_int(res, i, 1), "Rows.%zu.At", i);
	if (db_get(res, i, 7))
		page_set_time(r, db_int(res, i, 7), "Rows.%zu.NextTry", i);
	page_set(r, db_str(res, i, 8), "Rows.%zu.Error", i);
	if (db_get(res, i, 9))
		page_set_time(r, db_int(res, i, 9), "Rows.%zu.SentAt", i);
	if (!r->cfg->demo)
		return;
	const char *link = db_str(res, i, 10);
	if (*link && safe_link(link))
		page_set(r, link, "Rows.%zu.Link", i);
	page_set(r, db_str(res, i, 11), "Rows.%zu.Text", i);
}

static int summary(struct req *r)
{
	struct dbres res;
	int rc = DB_RUN0(ST_OUTBOX_STATES, &res);
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++) {
		page_set(r, db_str(&res, i, 0), "States.%zu.Name", i);
		page_set(r, db_str(&res, i, 1), "States.%zu.Count", i);
	}
	db_free(&res);
	return rc;
}

int admin_outbox(struct req *r)
{
	const char *state = form_get(&r->form, "state")->text;
	long long page = form_get(&r->form, "page")->num;
	struct dbres res;
	state = state ? state : "";
	int rc = DB_RUN(ST_OUTBOX_COUNT, &res, DBS(state), DBS(state));
	long long total = db_int(&res, 0, 0);
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_OUTBOX_LIST, &res, DBS(state), DBS(state), DBI(LIST_PER_PAGE), DBI(list_offset(page)));
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++)
		set_row(r, &res, i);
	db_free(&res);
	if (rc == DB_OK)
		rc = summary(r);
	if (rc != DB_OK)
		return rc == DB_GONE ? 503 : 500;
	for (size_t i = 0; states[i]; i++)
		page_set(r, states[i], "StateChoices.%zu", i);
	if (r->cfg->demo)
		page_set_int(r, 1, "Demo");
	list_pager(r, total, page);
	page_form_values(r);
	page_title(r, "Mailer.Outbox.Title");
	return view_page(r, 200, "admin/outbox.cs");
}

static const struct route outbox_routes[] = {
	ROUTE("GET", "/admin/outbox", admin_outbox, 0, ROLE_ADMIN, &outbox_fields),
};
ROUTE_TABLE(outbox_table, outbox_routes);
