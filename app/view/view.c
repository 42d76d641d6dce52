/* view.c - template cache, language files and rendering. */
#include "view/view.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "core/gens.h"
#include "core/log.h"
#include "db/settings.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"

#define MAX_TEMPLATES 128

static const char *const langs[] = {"zh-CN", "en"};
#define NLANGS 2

static HDF *lang_hdf[NLANGS];       /* as the files say */
static HDF *lang_now[NLANGS];       /* with the policy numbers in force put in */
static long long lang_now_gen = -2; /* the settings generation lang_now was made at */
/* Each global tree's stamp + 1 in each lang_now (view_global_tree); 0: not there. */
static long long global_stamp[NLANGS][VG__COUNT];
static HDF *parse_cfg;            /* what every cs_init sees */
static struct {
	char name[128];
	CSPARSE *parse;
} cache[MAX_TEMPLATES];
static int ncache;

static void log_nerr(const char *what, const char *name, NEOERR *err)
{
	STRING s;
	string_init(&s);
	nerr_error_string(err, &s);
	log_err("view: %s %s: %s", what, name, s.buf ? s.buf : "?");
	string_clear(&s);
	nerr_ignore(&err);
}

static int lang_index(const char *lang)
{
	for (int i = 0; i < NLANGS; i++)
		if (!strcmp(lang, langs[i]))
			return i;
	return 0;
}

int view_has_lang(const char *lang)
{
	for (int i = 0; i < NLANGS; i++)
		if (!strcmp(lang, langs[i]))
			return 1;
	return 0;
}

static int hdf_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A language is every .hdf file in lang_dir/<lang>/, one per area, read
 * in name order so the result does not depend on the file system. */
static HDF *load_lang(const struct config *cfg, const char *lang)
{
	char dir[CFG_PATH + 16], path[CFG_PATH + 300];
	char *names[64];
	int n = 0;
	HDF *h = NULL;
	snprintf(dir, sizeof dir, "%s/%s", cfg->lang_dir, lang);
	DIR *d = opendir(dir);
	if (!d) {
		log_err("view: language folder %s cannot be read", dir);
		return NULL;
	}
	for (struct dirent *e; (e = readdir(d)) && n < 64;) {
		size_t len = strlen(e->d_name);
		if (len > 4 && !strcmp(e->d_name + len - 4, ".hdf"))
			names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, (size_t)n, sizeof names[0], hdf_name_cmp);
	NEOERR *err = hdf_init(&h);
	for (int i = 0; i < n; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		if (!err)
			err = hdf_read_file(h, path);
		free(names[i]);
	}
	if (err) {
		log_nerr("language file in", dir, err);
		hdf_destroy(&h);
		return NULL;
	}
	return h;
}

static NEOERR *make_parse_cfg(const struct config *cfg, HDF **out)
{
	NEOERR *err = hdf_init(out);
	if (!err)
		err = hdf_set_value(*out, "Config.VarEscapeMode", "html");
	if (!err)
		err = hdf_set_value(*out, "hdf.loadpaths.0", cfg->template_dir);
	return nerr_pass(err);
}

int view_init(const struct config *cfg)
{
	for (int i = 0; i < NLANGS; i++)
		if (!(lang_hdf[i] = load_lang(cfg, langs[i])))
			return -1;
	NEOERR *err = make_parse_cfg(cfg, &parse_cfg);
	if (err) {
		log_nerr("init", "", err);
		return -1;
	}
	return 0;
}

static NEOERR *parse_template(const char *name, CSPARSE **out)
{
	CSPARSE *p = NULL;
	NEOERR *err = cs_init(&p, parse_cfg);
	if (!err)
		err = cgi_register_strfuncs(p);
	if (!err)
		err = cs_parse_file(p, name);
	if (err) {
		cs_destroy(&p);
		return nerr_pass(err);
	}
	*out = p;
	return STATUS_OK;
}

void view_reload(const struct config *cfg)
{
	for (int i = 0; i < NLANGS; i++) {
		HDF *h = load_lang(cfg, langs[i]);
		if (h) {
			hdf_destroy(&lang_hdf[i]);
			lang_hdf[i] = h;
		}
	}
	lang_now_gen = -2;   /* made again from the files just read */
	HDF *pc = NULL;
	NEOERR *err = make_parse_cfg(cfg, &pc);
	if (err) {
		log_nerr("reload", "", err);
		return;
	}
	HDF *old = parse_cfg;
	int kept = 0;
	parse_cfg = pc;
	for (int i = 0; i < ncache; i++) {
		CSPARSE *p = NULL;
		err = parse_template(cache[i].name, &p);
		if (err) {
			log_nerr("template kept old version", cache[i].name, err);
			kept++;
			continue;
		}
		cs_destroy(&cache[i].parse);
		cache[i].parse = p;
	}
	/* An old parse that survived still points at the old config HDF. */
	if (!kept)
		hdf_destroy(&old);
}

static CSPARSE *get_template(const char *name)
{
	for (int i = 0; i < ncache; i++)
		if (!strcmp(cache[i].name, name))
			return cache[i].parse;
	if (ncache >= MAX_TEMPLATES || strlen(name) >= sizeof cache[0].name)
		return NULL;
	CSPARSE *p = NULL;
	NEOERR *err = parse_template(name, &p);
	if (err) {
		log_nerr("template", name, err);
		return NULL;
	}
	snprintf(cache[ncache].name, sizeof cache[0].name, "%s", name);
	cache[ncache++].parse = p;
	return p;
}

/* A text's "{setting}" placeholders become the setting's value as people
 * read it (settings.h's setting_human), so no policy number is ever
 * written into a language file. */
static int fill_text(const char *in, STRING *out)
{
	NEOERR *err = STATUS_OK;
	for (const char *p = in; *p && !err;) {
		const char *close = *p == '{' ? strchr(p, '}') : NULL;
		char name[64], v[48];
		size_t n = close ? (size_t)(close - p - 1) : 0;
		const struct setting_def *d = NULL;
		if (close && n < sizeof name) {
			memcpy(name, p + 1, n);
			name[n] = '\0';
			d = setting_def_find(name);
		}
		if (d) {
			setting_human(d, setting(name), v, sizeof v);
			err = string_append(out, v);
			p = close + 1;
		} else {
			err = string_append_char(out, *p++);
		}
	}
	return err ? (nerr_ignore(&err), -1) : 0;
}

static void fill_node(HDF *parent)
{
	for (HDF *c = hdf_obj_child(parent); c; c = hdf_obj_next(c)) {
		const char *v = hdf_obj_value(c);
		if (v && strchr(v, '{')) {
			STRING s;
			string_init(&s);
			if (!fill_text(v, &s) && s.buf)
				hdf_set_value(parent, hdf_obj_name(c), s.buf);
			string_clear(&s);
		}
		fill_node(c);
	}
}

/* The languages with the numbers in force, made again when a setting
 * moved.  A request that has not learned the settings' generation (no
 * session: the login page) takes them as this worker last made them
 * rather than spend a query on it. */
static HDF *lang_of(const char *lang)
{
	long long gen = gens_known(GEN_SETTINGS) || !lang_now[0] ? settings_generation() : lang_now_gen;
	if (gen != lang_now_gen || !lang_now[0]) {
		for (int i = 0; i < NLANGS; i++) {
			HDF *h = NULL;
			if (!lang_hdf[i] || hdf_init(&h) || hdf_copy(h, "", lang_hdf[i])) {
				hdf_destroy(&h);
				return lang_hdf[lang_index(lang)];
			}
			fill_node(h);
			hdf_destroy(&lang_now[i]);
			lang_now[i] = h;
		}
		lang_now_gen = gen;
		memset(global_stamp, 0, sizeof global_stamp);   /* the new copies hold no global tree yet */
	}
	return lang_now[lang_index(lang)];
}

int view_global_tree(enum view_global g, long long stamp, int (*fill)(HDF *node))
{
	static const char *const names[VG__COUNT] = {"Roster"};
	lang_of(langs[0]);
	for (int i = 0; i < NLANGS; i++) {
		if (!lang_now[i])
			return -1;   /* the languages could not be made: nothing to hang it on */
		if (global_stamp[i][g] == stamp + 1)
			continue;
		HDF *node = NULL;
		hdf_remove_tree(lang_now[i], names[g]);
		if (hdf_get_node(lang_now[i], names[g], &node) != STATUS_OK || fill(node)) {
			hdf_remove_tree(lang_now[i], names[g]);
			return -1;
		}
		global_stamp[i][g] = stamp + 1;   /* 0: not built */
	}
	return 0;
}

const char *view_text(const char *lang, const char *key)
{
	char name[256];
	snprintf(name, sizeof name, "L.%s", key);
	HDF *h = lang_of(lang);
	const char *v = h ? hdf_get_value(h, name, NULL) : NULL;
	return v ? v : key;
}

void view_set_text(struct req *r, const char *name, const char *key)
{
	hdf_set_value(r->hdf, name, view_text(r->lang, key));
}

static NEOERR *append_out(void *ctx, char *s)
{
	return nerr_pass(string_append((STRING *)ctx, s));
}

NEOERR *view_render_string(const char *tmpl, HDF *hdf, const char *lang, STRING *out)
{
	CSPARSE *p = get_template(tmpl);
	if (!p)
		return nerr_raise(NERR_NOT_FOUND, "template %s unavailable", tmpl);
	HDF *saved = p->hdf;
	p->hdf = hdf;
	p->global_hdf = lang_of(lang);
	NEOERR *err = cs_render(p, out, append_out);
	p->hdf = saved;
	p->global_hdf = NULL;
	return nerr_pass(err);
}

int view_page(struct req *r, int status, const char *tmpl)
{
	STRING s;
	string_init(&s);
	NEOERR *err = view_render_string(tmpl, r->hdf, r->lang, &s);
	if (err) {
		log_nerr("render", tmpl, err);
		string_clear(&s);
		return 500;
	}
	resp_send(r, status, "text/html; charset=utf-8", s.buf ? s.buf : "", (size_t)s.len);
	string_clear(&s);
	return 0;
}

void view_error(struct req *r, int status)
{
	char key[32];
	if (r->sent)
		return;
	if (!r->hdf && page_begin(r))
		r->hdf = NULL;
	if (r->hdf) {
		snprintf(key, sizeof key, "Error.%d.Title", status);
		view_set_text(r, "Page.Title", key);
		snprintf(key, sizeof key, "Error.%d.Text", status);
		view_set_text(r, "Error.Text", key);
		hdf_set_int_value(r->hdf, "Error.Status", status);
		if (view_page(r, status, "error.cs") == 0)
			return;
	}
	const char *msg = resp_reason(status);
	resp_send(r, status, "text/plain; charset=utf-8", msg, strlen(msg));
}

int view_error_text(struct req *r, int status, const char *title_key, const char *text_key)
{
	view_set_text(r, "Page.Title", title_key);
	view_set_text(r, "Error.Text", text_key);
	hdf_set_int_value(r->hdf, "Error.Status", status);
	int st = view_page(r, status, "error.cs");
	if (st)
		view_error(r, st);
	return 0;
}
