/* settings_page.c - view and change one policy number at a time. */
#include "admin/settings_page.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "db/db.h"
#include "db/settings.h"
#include "db/settings_sql.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "view/page.h"
#include "view/view.h"

/* The value as people write it: 08:50, 20.00 (yuan), 50 (%), a number. */
static const struct field update_fields[] = {
	{"name", FT_TEXT, FIELD_REQUIRED, 1, 64, NULL},
	{"value", FT_TEXT, FIELD_REQUIRED, 1, 32, NULL},
};
FIELDSET(admin_setting_fields, update_fields);

static const struct field view_fields[] = {
	{"saved", FT_TEXT, 0, 0, 64, NULL},
};
FIELDSET(admin_settings_view_fields, view_fields);

/* One setting's row: its value, range and unit as people read them. */
static void row(struct req *r, const struct setting_def *d, size_t i)
{
	char v[48], lo[48], hi[48];
	setting_human(d, setting(d->name), v, sizeof v);
	setting_human(d, d->min, lo, sizeof lo);
	setting_human(d, d->max, hi, sizeof hi);
	page_set(r, d->name, "Settings.%zu.Name", i);
	page_set(r, v, "Settings.%zu.Value", i);
	page_set(r, lo, "Settings.%zu.Min", i);
	page_set(r, hi, "Settings.%zu.Max", i);
	page_set(r, d->unit, "Settings.%zu.Kind", i);
	page_set_label(r, "Setting", d->name, "Settings.%zu.Label", i);
	page_set_label(r, "SettingHint", d->name, "Settings.%zu.Hint", i);
	page_set_label(r, "Unit", d->unit, "Settings.%zu.Unit", i);
}

/* The page; a refused value is shown again as typed, the reason beside it. */
static int show(struct req *r, int status, const char *bad_name, const char *bad_key, const char *typed)
{
	size_t n;
	const struct setting_def *d = settings_defs(&n);
	for (size_t i = 0; i < n; i++) {
		row(r, &d[i], i);
		if (bad_name && !strcmp(bad_name, d[i].name)) {
			page_set(r, view_text(r->lang, bad_key), "Settings.%zu.Error", i);
			page_set(r, typed, "Settings.%zu.Value", i);
		}
	}
	page_title(r, "Admin.Settings.Title");
	return view_page(r, status, "admin/settings.cs");
}

int admin_settings(struct req *r)
{
	const struct fval *saved = form_get(&r->form, "saved");
	if (saved && saved->text)
		page_notice(r, "Admin.Saved");
	return show(r, 200, NULL, NULL, NULL);
}

struct change {
	struct req *r;
	const char *name;
	long long value;
};

static int update_tx(void *ctx)
{
	struct change *c = ctx;
	char detail[160];
	snprintf(detail, sizeof detail, "%s: %lld -> %lld", c->name, setting(c->name), c->value);
	int rc = DB_RUN(ST_SETTING_SET, NULL, DBI(c->value), DBI(clock_now()), DBS(c->name));
	return rc == DB_OK ? audit_by(&c->r->actor, "setting_change", "setting", 0, detail) : rc;
}

/* "08:50" -> 530; 24:00 is the end of a day. */
static const char *parse_clock(const char *t, long long *out)
{
	int h, m, n = 0;
	if (sscanf(t, "%2d:%2d%n", &h, &m, &n) != 2 || t[n] || m > 59 || h > 24 || (h == 24 && m))
		return "err.not_clock";
	*out = h * 60 + m;
	return NULL;
}

/* "50" or "12.5" (%) -> basis points, exactly. */
static const char *parse_percent(const char *t, long long *out)
{
	char buf[40];
	long long fen;
	snprintf(buf, sizeof buf, "%s", t);
	size_t n = strlen(buf);
	if (n && buf[n - 1] == '%')
		buf[n - 1] = '\0';
	enum verr e = valid_amount(buf, 0, 100000000, &fen);   /* hundredths, as fen are */
	if (e == V_AMOUNT_PRECISION)
		return "err.percent_precision";
	if (e != V_OK)
		return "err.not_percent";
	*out = fen;
	return NULL;
}

/* The typed value in the setting's own unit; NULL, or why not. */
static const char *parse_value(const struct setting_def *d, const char *t, long long *out)
{
	enum verr e;
	if (!strcmp(d->unit, "clock"))
		return parse_clock(t, out);
	if (!strcmp(d->unit, "bp"))
		return parse_percent(t, out);
	if (!strcmp(d->unit, "fen"))
		e = valid_amount(t, -1000000000000LL, 1000000000000LL, out);
	else
		e = valid_int(t, -1000000000000LL, 1000000000000LL, out);
	return e == V_OK ? NULL : verr_key(e);
}

int admin_setting_update(struct req *r)
{
	const struct fval *name = form_get(&r->form, "name"), *value = form_get(&r->form, "value");
	const struct setting_def *d = name->text ? setting_def_find(name->text) : NULL;
	long long v = 0;
	if (!d)
		return 400;
	const char *bad = value->err != V_OK ? verr_key(value->err) : parse_value(d, value->text, &v);
	if (!bad && (v < d->min || v > d->max))
		bad = "err.range";
	if (bad)
		return show(r, 400, d->name, bad, fval_raw(value));
	struct change c = {r, d->name, v};
	int rc = db_tx(update_tx, &c);
	if (rc != DB_OK)
		return rc;
	char to[128];
	snprintf(to, sizeof to, "/admin/settings?saved=%s", d->name);
	resp_redirect(r, to);
	return 0;
}
