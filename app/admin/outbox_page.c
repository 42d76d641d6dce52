/* outbox_page.c - listing the outbox for admins. */
#include "admin/outbox_page.h"

#include <stdlib.h>
#include <string.h>

#include "admin/admin_sql.h"
#include "auth/roles.h"
#include "core/config.h"
#include "db/db.h"
#include "http/form.h"
#include "http/req.h"
#include "http/router.h"
#include "mailer/compose.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

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

/* Subject and text as the mailer writes them (mailer/compose.h): a row is
 * queued as what to say, and its words are stored only when it is sent
 * (its text only in demo mode).  The admin reads exactly what will be or
 * was sent. */
static int set_composed(struct req *r, const struct outbox_list *m, size_t i, int with_text)
{
	struct mail_facts f = {m->notice, m->lang, m->request_id, m->link, "", ""};
	char subject[1024];
	STRING text, html;
	int rc = mail_facts_load(&f);
	if (rc != DB_OK)
		return rc;
	string_init(&text);
	string_init(&html);
	if (mail_compose(&f, r->cfg->base_url, subject, sizeof subject, &text, &html) == 0) {
		page_set(r, m->subject ? m->subject : subject, "Rows.%zu.Subject", i);
		if (with_text)
			page_set(r, text.buf ? text.buf : "", "Rows.%zu.Text", i);
	}
	string_clear(&text);
	string_clear(&html);
	return DB_OK;
}

/* Bodies and links carry approval-link tokens: shown in demo mode only. */
static int set_mail(struct req *r, const struct outbox_list *m, size_t i)
{
	int demo = r->cfg->demo;
	if (demo && *m->link && safe_link(m->link))
		page_set(r, m->link, "Rows.%zu.Link", i);
	if (!m->subject || (demo && !m->body_text))
		return set_composed(r, m, i, demo && !m->body_text);
	page_set(r, m->subject, "Rows.%zu.Subject", i);
	if (demo)
		page_set(r, m->body_text, "Rows.%zu.Text", i);
	return DB_OK;
}

static int set_row(struct req *r, const struct outbox_list *m, size_t i)
{
	page_set_int(r, m->id, "Rows.%zu.Id", i);
	page_set_time(r, m->created_at, "Rows.%zu.At", i);
	page_set(r, m->to_name, "Rows.%zu.Name", i);
	page_set(r, m->to_addr, "Rows.%zu.Addr", i);
	page_set(r, m->state, "Rows.%zu.State", i);
	page_set_int(r, m->attempts, "Rows.%zu.Attempts", i);
	if (m->next_try)
		page_set_time(r, atoll(m->next_try), "Rows.%zu.NextTry", i);
	page_set(r, m->last_error, "Rows.%zu.Error", i);
	if (m->sent_at)
		page_set_time(r, atoll(m->sent_at), "Rows.%zu.SentAt", i);
	return set_mail(r, m, i);
}

static int summary(struct req *r)
{
	struct dbres res;
	const struct outbox_states *s;
	int rc = DB_RUN0(ST_OUTBOX_STATES, &res);
	for (size_t i = 0; rc == DB_OK && (s = outbox_states_at(&res, i)); i++) {
		page_set(r, s->state, "States.%zu.Name", i);
		page_set_int(r, s->count, "States.%zu.Count", i);
	}
	db_free(&res);
	return rc;
}

int admin_outbox(struct req *r)
{
	const char *state = form_get(&r->form, "state")->text;
	long long page = form_get(&r->form, "page")->num;
	struct dbres res;
	const struct outbox_list *m;
	state = state ? state : "";
	int rc = DB_RUN(ST_OUTBOX_COUNT, &res, DBS(state), DBS(state));
	const struct admin_total *count = admin_total_at(&res, 0);
	long long total = count ? count->total : 0;
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_OUTBOX_LIST, &res, DBS(state), DBS(state), DBI(LIST_PER_PAGE), DBI(list_offset(page)));
	for (size_t i = 0; rc == DB_OK && (m = outbox_list_at(&res, i)); i++)
		rc = set_row(r, m, i);
	db_free(&res);
	if (rc == DB_OK)
		rc = summary(r);
	if (rc != DB_OK)
		return rc;
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
