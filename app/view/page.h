/*
 * page.h - what every page's HDF holds: language, the user, the CSRF
 * token, the navigation the user's roles allow, and the form's values and
 * errors when a form is shown again.
 */
#ifndef LIAISON_PAGE_H
#define LIAISON_PAGE_H

struct req;

/* page_begin - create r->hdf with the common values.  Returns 0 or 500. */
int page_begin(struct req *r);

/* page_title - set the page title from a language key. */
void page_title(struct req *r, const char *key);

/* page_form_values - copy every declared field's raw value and, when it
 * failed, its error text into Form.<name>.Value / Form.<name>.Error. */
void page_form_values(struct req *r);

/* page_form_error - put the text for key beside field name. */
void page_form_error(struct req *r, const char *field, const char *key);

/* page_set - set value at a name built from namefmt (value may be any
 * validated text; it is never parsed as a format). */
void page_set(struct req *r, const char *value, const char *namefmt, ...) __attribute__((format(printf, 3, 4)));

/* page_set_label - at name, the translation of the key "<group>.<value>"
 * (State.approved, Type.leave...): a stored code shown in words. */
void page_set_label(struct req *r, const char *group, const char *value, const char *namefmt, ...)
    __attribute__((format(printf, 4, 5)));

/* page_set_int, page_set_time (UTC shown as Asia/Shanghai), page_set_money (fen as ¥1,234.50). */
void page_set_int(struct req *r, long long value, const char *namefmt, ...) __attribute__((format(printf, 3, 4)));
void page_set_time(struct req *r, long long utc, const char *namefmt, ...) __attribute__((format(printf, 3, 4)));
void page_set_money(struct req *r, long long fen, const char *namefmt, ...) __attribute__((format(printf, 3, 4)));

/* page_notice - a confirmation line at the top of the page. */
void page_notice(struct req *r, const char *key);

#endif
