/*
 * links.h - the pages of approval links: GET /a/:token shows the request
 * and its decision form (changing nothing), POST /a/:token decides through
 * the same transaction as the request page, marked as made by link.
 */
#ifndef LIAISON_PAGES_LINKS_H
#define LIAISON_PAGES_LINKS_H

struct req;

int page_link(struct req *r);
int page_link_decide(struct req *r);

#endif
