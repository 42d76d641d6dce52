/* compose.c - a notice's mail from its facts, in the recipient's language. */
#include "mailer/compose.h"

#include <stdio.h>
#include <string.h>

#include "core/log.h"
#include "core/text.h"
#include "db/db.h"
#include "db/settings.h"
#include "mailer/mailer_sql.h"
#include "view/view.h"

int mail_facts_load(struct mail_facts *f)
{
	struct dbres res;
	int rc = DB_RUN(ST_MAIL_FACTS, &res, DBI(f->request_id));
	const struct mail_facts_row *row = mail_facts_row_at(&res, 0);
	const char *lang = f->lang && !strcmp(f->lang, "en") ? "en" : "zh-CN";
	if (rc == DB_OK && row) {
		const char *kind = !strcmp(lang, "en") && *row->kind_en ? row->kind_en : row->kind_zh;
		snprintf(f->number, sizeof f->number, "%s", row->number);
		snprintf(f->title, sizeof f->title, "%s%s%s", kind, *kind ? " " : "", row->title);
	}
	db_free(&res);
	return rc;
}

static int render(const char *tmpl, HDF *hdf, const char *lang, STRING *out)
{
	NEOERR *err = view_render_string(tmpl, hdf, lang, out);
	if (!err)
		return 0;
	STRING s;
	string_init(&s);
	nerr_error_string(err, &s);
	log_err("mail: %s: %s", tmpl, s.buf ? s.buf : "?");
	string_clear(&s);
	nerr_ignore(&err);
	return -1;
}

static void fill(HDF *h, const struct mail_facts *f, const char *lang, const char *base_url)
{
	char key[64], url[1200];
	snprintf(key, sizeof key, "Notice.%s", f->notice);
	hdf_set_value(h, "Lang", lang);
	hdf_set_value(h, "Mail.What", view_text(lang, key));
	hdf_set_value(h, "Mail.Number", f->number);
	hdf_set_value(h, "Mail.Title", f->title);
	snprintf(url, sizeof url, "%s/requests/%lld", base_url, f->request_id);
	hdf_set_value(h, "Mail.Url", url);
	if (f->link && *f->link) {
		snprintf(url, sizeof url, "%s%s", base_url, f->link);
		hdf_set_value(h, "Mail.Link", url);
	}
}

int mail_compose(const struct mail_facts *f, const char *base_url, char *subject, size_t outlen, STRING *text,
    STRING *html)
{
	char key[64], whole[2000];
	HDF *h = NULL;
	const char *lang = view_has_lang(f->lang) ? f->lang : "zh-CN";
	settings_generation();   /* the words carry the policy numbers in force */
	if (hdf_init(&h))
		return -1;
	fill(h, f, lang, base_url);
	snprintf(key, sizeof key, "Notice.%s", f->notice);
	snprintf(whole, sizeof whole, "[%s] %s: %s %s", view_text(lang, "App.Name"), view_text(lang, key), f->number,
	    f->title);
	/* outbox.subject holds 255 characters; a longer one ends in "…". */
	text_summary(whole, 255, subject, outlen);
	int rc = render("mail/notice_text.cs", h, lang, text) || render("mail/notice_html.cs", h, lang, html) ? -1 : 0;
	hdf_destroy(&h);
	return rc;
}
