/*
 * pages.h - the engine's pages, shared by every request type: the new
 * request form, the request page with its timeline and decision buttons,
 * decisions, tasks, withdraw, cancel, edit-and-resubmit.  (Lists: lists.h.)
 */
#ifndef LIAISON_ENGINE_PAGES_H
#define LIAISON_ENGINE_PAGES_H

struct req;

int page_new_form(struct req *r);
int page_new_submit(struct req *r);
int page_new_check(struct req *r);
int page_request(struct req *r);
int page_request_print(struct req *r);
int page_decide(struct req *r);

/* page_decide_via - the decision POST, made through a page or a link
 * (link_hash: the link to mark used in the same transaction). */
int page_decide_via(struct req *r, const char *via, const char *link_hash);
int page_task(struct req *r);
int page_withdraw(struct req *r);
int page_cancel(struct req *r);
int page_edit_form(struct req *r);
int page_edit_submit(struct req *r);

#endif
