/* page.c - the common part of every page's data. */
#include "view/page.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "auth/roles.h"
#include "core/clock.h"
#include "core/money.h"
#include "http/req.h"
#include "http/valid.h"
#include "view/view.h"

static void set_roles(struct req *r)
{
	char name[64];
	for (unsigned i = 0; i < ROLE_COUNT; i++)
		if (r->user.roles & (1u << i)) {
			snprintf(name, sizeof name, "User.Role.%s", role_key(i));
			hdf_set_value(r->hdf, name, "1");
		}
}

int page_begin(struct req *r)
{
	if (!r->hdf && hdf_init(&r->hdf))
		return 500;
	hdf_set_value(r->hdf, "Lang", r->lang);
	hdf_set_value(r->hdf, "Path", r->path);
	if (r->user.id) {
		hdf_set_int_value(r->hdf, "User.Id", (int)r->user.id);
		hdf_set_value(r->hdf, "User.Login", r->user.login);
		hdf_set_value(r->hdf, "User.Name", r->user.name);
		hdf_set_value(r->hdf, "CSRF", r->sess.csrf);
		set_roles(r);
		hdf_set_int_value(r->hdf, "Unread", (int)r->user.unread);
	}
	return 0;
}

void page_title(struct req *r, const char *key) { view_set_text(r, "Page.Title", key); }

/* A form shown again keeps no file (a browser cannot be given one back):
 * name the file that must be chosen again, if its name reads as text. */
static void file_to_choose_again(struct req *r, const char *field, const char *filename)
{
	char name[160];
	if (!filename || valid_text(filename, strlen(filename), 1, 120, 0) != V_OK)
		filename = view_text(r->lang, "Form.ThisFile");
	snprintf(name, sizeof name, "Form.%s.Rechoose", field);
	hdf_set_value(r->hdf, name, filename);
}

void page_form_values(struct req *r)
{
	char name[160];
	for (size_t i = 0; i < r->form.n; i++) {
		const struct field *f = &r->form.fields[i];
		const struct fval *v = &r->form.v[i];
		if (f->type == FT_FILE && v->present && v->file)
			file_to_choose_again(r, f->name, v->file->filename);
		if (f->type == FT_FILE || f->type == FT_SECRET)
			continue;   /* never echo a password or a file back */
		snprintf(name, sizeof name, "Form.%s.Value", f->name);
		hdf_set_value(r->hdf, name, v->raw ? v->raw : "");
		if (v->err != V_OK)
			page_form_error(r, f->name, verr_key(v->err));
	}
}

void page_form_error(struct req *r, const char *field, const char *key)
{
	char name[160];
	snprintf(name, sizeof name, "Form.%s.Error", field);
	view_set_text(r, name, key);
	hdf_set_int_value(r->hdf, "Form.HasErrors", 1);
}

void page_set(struct req *r, const char *value, const char *namefmt, ...)
{
	char name[256];
	va_list ap;
	va_start(ap, namefmt);
	vsnprintf(name, sizeof name, namefmt, ap);
	va_end(ap);
	hdf_set_value(r->hdf, name, value ? value : "");
}

void page_set_label(struct req *r, const char *group, const char *value, const char *namefmt, ...)
{
	char name[256], key[160];
	va_list ap;
	va_start(ap, namefmt);
	vsnprintf(name, sizeof name, namefmt, ap);
	va_end(ap);
	snprintf(key, sizeof key, "%s.%s", group, value ? value : "");
	hdf_set_value(r->hdf, name, view_text(r->lang, key));
}

void page_set_int(struct req *r, long long value, const char *namefmt, ...)
{
	char name[256], v[32];
	va_list ap;
	va_start(ap, namefmt);
	vsnprintf(name, sizeof name, namefmt, ap);
	va_end(ap);
	snprintf(v, sizeof v, "%lld", value);
	hdf_set_value(r->hdf, name, v);
}

void page_set_time(struct req *r, long long utc, const char *namefmt, ...)
{
	char name[256], v[20];
	va_list ap;
	va_start(ap, namefmt);
	vsnprintf(name, sizeof name, namefmt, ap);
	va_end(ap);
	clock_fmt_local((time_t)utc, v);
	hdf_set_value(r->hdf, name, v);
}

void page_set_money(struct req *r, long long fen, const char *namefmt, ...)
{
	char name[256], v[40];
	va_list ap;
	va_start(ap, namefmt);
	vsnprintf(name, sizeof name, namefmt, ap);
	va_end(ap);
	money_format(fen, v, sizeof v);
	hdf_set_value(r->hdf, name, v);
}

void page_notice(struct req *r, const char *key) { view_set_text(r, "Notice", key); }
