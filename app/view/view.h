/*
 * view.h - ClearSilver glue: templates parsed once per worker, a fresh HDF
 * per request, language files as the global HDF.
 *
 * Config.VarEscapeMode = html is set in the HDF given to every cs_init, so
 * every var: is HTML-escaped unless a template says otherwise explicitly.
 */
#ifndef LIAISON_VIEW_H
#define LIAISON_VIEW_H

#include <ClearSilver.h>

struct config;
struct req;

/* view_init - load the language files; templates are parsed on first use.
 * Returns 0, or -1 with the reason logged. */
int view_init(const struct config *cfg);

/* view_reload - re-read languages and re-parse every cached template; a
 * file that fails keeps its old version and the failure is logged. */
void view_reload(const struct config *cfg);

/* What a page may find in the templates' globals instead of its own HDF. */
enum view_global { VG_ROSTER, VG__COUNT };

/* view_global_tree - the tree g ("Roster") in every language's globals,
 * which a template reads when the page's HDF has no such name; fill(node)
 * builds it again when stamp is not the one it was built at (and after the
 * languages were made again).  Worker-wide, so a large list the same for
 * everyone is not built on each page.  0, or -1 (the tree is left out). */
int view_global_tree(enum view_global g, long long stamp, int (*fill)(HDF *node));

/* view_text - the text for key (e.g. "Err.required") in lang; the key
 * itself when missing, so a gap shows rather than crashes. */
const char *view_text(const char *lang, const char *key);

/* view_set_text - put the text for key into the request's HDF at name. */
void view_set_text(struct req *r, const char *name, const char *key);

/* view_page - render template tmpl with r->hdf and send it with status.
 * Returns 0, or 500 when rendering failed (nothing sent yet). */
int view_page(struct req *r, int status, const char *tmpl);

/* view_error - the error page for status (404, 403, 500, 503, ...). */
void view_error(struct req *r, int status);

/* view_error_text - the error page for status with its own title and
 * text keys (e.g. an expired approval link); returns 0. */
int view_error_text(struct req *r, int status, const char *title_key, const char *text_key);

/* view_render_string - render tmpl with hdf into *out (caller frees with
 * string_clear); used by pages and by mail bodies. */
NEOERR *view_render_string(const char *tmpl, HDF *hdf, const char *lang, STRING *out);

/* view_languages - whether lang is one we have ("zh-CN", "en"). */
int view_has_lang(const char *lang);

#endif
