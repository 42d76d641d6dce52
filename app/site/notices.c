/* notices.c - the notifications list and opening a notification. */
#include "site/notices.h"

#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "core/outcome.h"
#include "db/db.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "pages/pages.h"
#include "site/site_sql.h"
#include "view/list.h"
#include "view/page.h"
#include "view/view.h"

static const struct field list_fields[] = {
	{"page", FT_INT, 0, 1, 1000000, NULL},
};
FIELDSET(notices_fields, list_fields);

/* In bytes: notifications.text holds 400 characters, a kind's name 64. */
#define NOTE_TEXT_MAX (400 * 4)
#define KIND_NAME_MAX (64 * 4)

/* A request's notice reads "<number> <title>" (engine/notify.c): the kind
 * of request goes before the title, named in the viewer's language.  Any
 * other notice (an attachment's, one about no request) reads as written. */
static void note_text(const struct req *r, const struct note_list *n, char *out, size_t outlen)
{
	size_t len = strlen(n->number);
	if (!len || strncmp(n->text, n->number, len) || n->text[len] != ' ') {
		snprintf(out, outlen, "%s", n->text);
		return;
	}
	snprintf(out, outlen, "%s ", n->number);
	request_title(r->lang, n->kind_zh, n->kind_en, n->text + len + 1, out + len + 1, outlen - len - 1);
}

static void set_note(struct req *r, const struct note_list *n, size_t i)
{
	char text[NOTE_TEXT_MAX + KIND_NAME_MAX + 2];
	note_text(r, n, text, sizeof text);
	page_set_int(r, n->id, "Notes.%zu.Id", i);
	page_set_label(r, "Notice", n->kind, "Notes.%zu.Kind", i);
	page_set(r, text, "Notes.%zu.Text", i);
	page_set_time(r, n->created_at, "Notes.%zu.At", i);
	page_set_int(r, n->unread, "Notes.%zu.Unread", i);
}

int notices_page(struct req *r)
{
	struct dbres res;
	const struct note_list *n;
	long long page = form_get(&r->form, "page")->num;
	int rc = DB_RUN(ST_NOTE_COUNT, &res, DBI(r->user.id));
	const struct site_total *count = site_total_at(&res, 0);
	long long total = count ? count->total : 0;
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_NOTE_LIST, &res, DBI(r->user.id), DBI(LIST_PER_PAGE), DBI(list_offset(page)));
	for (size_t i = 0; rc == DB_OK && (n = note_list_at(&res, i)); i++)
		set_note(r, n, i);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
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
	const struct note_target *t = note_target_at(&res, 0);
	long long request = t ? t->request_id : -1;
	int handover = t && !strcmp(t->kind, "handover");
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (request < 0)
		return O_NOT_FOUND;   /* not yours, or no such notification */
	struct open o = {r, r->arg_id, 0};
	if ((rc = db_tx(open_tx, &o)) != DB_OK)
		return rc;
	char to[64];
	snprintf(to, sizeof to, request ? "/requests/%lld" : handover ? "/handovers" : "/notifications", request);
	resp_redirect(r, to);
	return 0;
}

int notices_read_all(struct req *r)
{
	struct open o = {r, 0, 1};
	int rc = db_tx(open_tx, &o);
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/notifications");
	return 0;
}
