/* mail.c - composing notification mails in the recipient's language and
 * queueing them in the outbox, inside the caller's transaction. */
#include "engine/mail.h"

#include <ClearSilver.h>
#include <stdio.h>
#include <string.h>

#include "core/config.h"
#include "core/log.h"
#include "db/db.h"
#include "engine/core.h"
#include "mailer/outbox.h"
#include "view/view.h"

static const struct config *conf;

void mail_set_config(const struct config *cfg) { conf = cfg; }

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

static void fill(HDF *h, const struct locked *q, const char *lang, const char *kind, const char *link,
    char *subject, size_t sublen)
{
	char key[64], url[1100];
	snprintf(key, sizeof key, "Notice.%s", kind);
	const char *what = view_text(lang, key);
	hdf_set_value(h, "Mail.What", what);
	hdf_set_value(h, "Mail.Number", q->number);
	hdf_set_value(h, "Mail.Title", q->title);
	snprintf(url, sizeof url, "%s/requests/%lld", conf->base_url, q->id);
	hdf_set_value(h, "Mail.Url", url);
	if (link) {
		snprintf(url, sizeof url, "%s/a/%s", conf->base_url, link);
		hdf_set_value(h, "Mail.Link", url);
	}
	snprintf(subject, sublen, "[%s] %s: %s %s", view_text(lang, "App.Name"), what, q->number, q->title);
}

int mail_notice(const struct locked *q, long long user, const char *kind, const char *link)
{
	char subject[400];
	HDF *h = NULL;
	STRING text, html;
	struct rcpt to;
	if (!conf)
		return DB_OK;   /* a process without mail (tools) */
	int rc = outbox_rcpt(user, &to);
	if (rc != DB_OK)
		return rc;
	const char *lang = view_has_lang(to.lang) ? to.lang : "zh-CN";
	if (hdf_init(&h))
		return DB_ERR;
	hdf_set_value(h, "Lang", lang);
	fill(h, q, lang, kind, link, subject, sizeof subject);
	string_init(&text);
	string_init(&html);
	rc = render("mail/notice_text.cs", h, lang, &text) || render("mail/notice_html.cs", h, lang, &html)
	    ? DB_ERR : DB_OK;
	if (rc == DB_OK)
		rc = outbox_add(&to, subject, text.buf ? text.buf : "", html.buf, hdf_get_value(h, "Mail.Link", NULL));
	string_clear(&text);
	string_clear(&html);
	hdf_destroy(&h);
	return rc;
}
