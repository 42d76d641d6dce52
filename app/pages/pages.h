/*
 * pages.h - the shared web pages of every request type: filing (the new
 * request form, its check, edit-and-resubmit), the request page with its
 * timeline and decision buttons, the printable sheet, decisions, tasks,
 * withdraw and cancel.  (Lists: lists.h; approval links: links.h;
 * attachments: attachments.h.)  Each reads its declared fields, asks the
 * engine, and fills the page; an engine outcome that is not 0 goes back to
 * the dispatcher as it is.
 */
#ifndef LIAISON_PAGES_H
#define LIAISON_PAGES_H

#include <stddef.h>

struct req;
struct actor;
struct decision_in;

/* GET /new/:name, POST /new/:name, POST /new/:name/check. */
int page_new_form(struct req *r);
int page_new_submit(struct req *r);
int page_new_check(struct req *r);
/* GET /requests/:id/edit, POST /requests/:id/edit/:name: a returned request or a draft. */
int page_edit_form(struct req *r);
int page_edit_submit(struct req *r);

/* GET /requests/:id and /requests/:id/print. */
int page_request(struct req *r);
int page_request_print(struct req *r);

/* request_show - the request page of id as actor a sees it, with status
 * (400 when it shows a refused decision); link_token: the approval link
 * it was opened through, or NULL. */
int request_show(struct req *r, long long id, const struct actor *a, int status, const char *link_token);

/* request_title - what a request is called in lang: its kind's name and
 * its title. */
void request_title(const char *lang, const char *kind_zh, const char *kind_en, const char *title, char *out,
    size_t outlen);

/* may_edit_now - whether someone with roles (own: the requester or whoever
 * filed it) may edit a request of type f in state now. */
struct flow;
int may_edit_now(unsigned roles, int own, const struct flow *f, const char *state);

/* POST /requests/:id/decide, /task/:name, /withdraw, /cancel. */
int page_decide(struct req *r);
int page_task(struct req *r);
int page_withdraw(struct req *r);
int page_cancel(struct req *r);

/* decide_post - a decision POST's common reading (the version seen, the
 * comment) into d, then the engine, then the page that answers: the
 * request again on a refusal (through link_token when it came by a link),
 * else a redirect to it. */
int decide_post(struct req *r, struct decision_in *d, const char *link_token);

/* decide_replayed - when the POST's one-time form key was spent by this
 * user already, answer with what it did (1, *rc the status); else 0. */
int decide_replayed(struct req *r, int *rc);

#endif
