/* dispatch.c - the path of every request through the layers. */
#include "web/dispatch.h"

#include <stdio.h>
#include <string.h>
#include <sys/time.h>

#include "core/clock.h"
#include "core/config.h"
#include "core/gens.h"
#include "core/log.h"
#include "db/db.h"
#include "http/req.h"
#include "http/resp.h"
#include "http/router.h"
#include "pages/flow_page.h"
#include "site/session.h"
#include "view/page.h"
#include "view/view.h"
#include "web/routes.h"

static long long now_us(void)
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return (long long)tv.tv_sec * 1000000 + tv.tv_usec;
}

static void to_login(struct req *r)
{
	char next[700], enc[2100];
	size_t j = 0;
	snprintf(next, sizeof next, "%s%s%s", r->path, *r->query_string ? "?" : "", r->query_string);
	for (size_t i = 0; next[i] && j + 4 < sizeof enc; i++) {
		unsigned char c = (unsigned char)next[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("-_./", c))
			enc[j++] = (char)c;
		else
			j += (size_t)snprintf(enc + j, sizeof enc - j, "%%%02X", c);
	}
	enc[j] = '\0';
	snprintf(next, sizeof next, "/login?next=%s", enc);
	resp_redirect(r, next);
}

/* Who may call the route: returns 0 to go on, or a status; may redirect. */
static int check_access(struct req *r, const struct route *rt)
{
	if (rt->flags & R_PUBLIC)
		return 0;
	if (!r->user.id) {
		if (r->is_post)
			return 403;
		to_login(r);
		return -1;
	}
	if (r->user.must_change_pw && !(rt->flags & R_PW_CHANGE)) {
		resp_redirect(r, "/account/password");
		return -1;
	}
	if (rt->roles && !(r->user.roles & rt->roles))
		return 403;
	return 0;
}

/* Whether url is BaseURL's origin, or a page under it (a Referer). */
static int same_origin(const char *url, const char *base, int page)
{
	size_t n = strlen(base);
	while (n && base[n - 1] == '/')
		n--;
	if (strncmp(url, base, n))
		return 0;
	return page ? url[n] == '/' || !url[n] : !url[n];
}

/* Defence in depth beside the token: a POST that says where it came from
 * must come from here.  Origin when it names one, else Referer.  Our pages
 * send no referrer, so a browser's own form posts say "Origin: null"; that
 * is taken on the word of Sec-Fetch-Site, which a page cannot forge, or,
 * from a browser too old to send it, left to the token alone. */
static int origin_ok(const struct req *r)
{
	const char *origin = req_env(r, "HTTP_ORIGIN"), *referer = req_env(r, "HTTP_REFERER");
	const char *site = req_env(r, "HTTP_SEC_FETCH_SITE");
	if (*site && strcmp(site, "same-origin") && strcmp(site, "none"))
		return 0;
	if (*origin && strcmp(origin, "null"))
		return same_origin(origin, r->cfg->base_url, 0);
	return !*referer || same_origin(referer, r->cfg->base_url, 1);
}

static int check_csrf(struct req *r, const struct route *rt)
{
	if (!r->is_post)
		return 0;
	if (!origin_ok(r))
		return 403;
	const struct param *p = params_get(&r->body, "csrf");
	return csrf_ok(r, p ? p->value : NULL, (rt->flags & R_PRELOGIN_CSRF) != 0) ? 0 : 403;
}

/* The logged-in user as the layers below the pages see them. */
static void set_actor(struct req *r)
{
	r->actor.id = r->user.id;
	r->actor.roles = r->user.roles;
	r->actor.act_for = 0;
	r->actor.ip = r->remote_addr ? r->remote_addr : "";
	r->actor.via = "page";
	r->actor.lang = r->lang;
}

static int run(struct req *r)
{
	int st = 0;
	struct route_args args;
	const struct route *rt = router_match_all(routes_all(), r->method, r->path, &args, &st);
	if (!rt)
		return st;
	r->arg_id = args.id;
	snprintf(r->arg_token, sizeof r->arg_token, "%s", args.token);
	snprintf(r->arg_name, sizeof r->arg_name, "%s", args.name);
	if (rt->flags & R_NO_HDF)
		return rt->fn(r);
	if ((st = session_load(r)) != 0)
		return st;
	set_actor(r);
	if ((st = check_access(r, rt)) != 0)
		return st;
	if ((st = check_csrf(r, rt)) != 0)
		return st;
	const struct fieldset *fs = rt->fields_of ? rt->fields_of(r) : rt->fields;
	if (rt->fields_of && !fs)
		return 404;
	if (form_read(&r->form, fs ? fs->v : NULL, fs ? fs->n : 0, r->is_post ? &r->body : &r->query) < 0)
		return 500;
	if (page_begin(r))
		return 500;
	if (r->user.id)
		flow_nav_hdf(r);
	return rt->fn(r);
}

/* The one place an outcome becomes a status: a refusal is its own status,
 * a lost database 503, any other failure 500. */
static int status_of(int rc) { return rc > 0 ? rc : rc == DB_GONE ? 503 : 500; }

void dispatch(FCGX_Request *f, const struct config *cfg)
{
	struct req r;
	long long t0 = now_us();
	memset(&r, 0, sizeof r);
	clock_refresh();
	gens_forget();
	int st = req_read(&r, f, cfg);
	if (!st)
		st = run(&r);
	if (st != 0 && !r.sent)
		view_error(&r, status_of(st));
	/* An approval-link token never reaches a log. */
	log_info("%s %s %d %.1fms user=%lld", r.method, r.arg_token[0] ? "/a/[token]" : r.path, r.status,
	    (double)(now_us() - t0) / 1000.0, r.user.id);
	req_free(&r);
}
