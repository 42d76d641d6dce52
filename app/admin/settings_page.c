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

static const struct field update_fields[] = {
	{"name", FT_TEXT, FIELD_REQUIRED, 1, 64, NULL},
	{"value", FT_INT, FIELD_REQUIRED, -1000000000000LL, 1000000000000LL, NULL},
};
FIELDSET(admin_setting_fields, update_fields);

static const struct field view_fields[] = {
	{"saved", FT_TEXT, 0, 0, 64, NULL},
};
FIELDSET(admin_settings_view_fields, view_fields);

static int show(struct req *r, int status, const char *bad_name, const char *bad_key)
{
	size_t n;
	const struct setting_def *d = settings_defs(&n);
	for (size_t i = 0; i < n; i++) {
		page_set(r, d[i].name, "Settings.%zu.Name", i);
		page_set_int(r, setting(d[i].name), "Settings.%zu.Value", i);
		page_set_int(r, d[i].min, "Settings.%zu.Min", i);
		page_set_int(r, d[i].max, "Settings.%zu.Max", i);
		page_set_label(r, "Setting", d[i].name, "Settings.%zu.Label", i);
		page_set_label(r, "Unit", d[i].unit, "Settings.%zu.Unit", i);
		if (bad_name && !strcmp(bad_name, d[i].name))
			page_set(r, view_text(r->lang, bad_key), "Settings.%zu.Error", i);
	}
	page_title(r, "Admin.Settings.Title");
	return view_page(r, status, "admin/settings.cs");
}

int admin_settings(struct req *r)
{
	const struct fval *saved = form_get(&r->form, "saved");
	if (saved && saved->text)
		page_notice(r, "Admin.Saved");
	return show(r, 200, NULL, NULL);
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

int admin_setting_update(struct req *r)
{
	const struct fval *name = form_get(&r->form, "name"), *value = form_get(&r->form, "value");
	const struct setting_def *d = name->text ? setting_def_find(name->text) : NULL;
	if (!d)
		return 400;
	if (value->err != V_OK || value->num < d->min || value->num > d->max)
		return show(r, 400, d->name, value->err == V_OK ? "err.range" : verr_key(value->err));
	struct change c = {r, d->name, value->num};
	int rc = db_tx(update_tx, &c);
	if (rc != DB_OK)
		return rc;
	char to[128];
	snprintf(to, sizeof to, "/admin/settings?saved=%s", d->name);
	resp_redirect(r, to);
	return 0;
}
