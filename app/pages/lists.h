/*
 * lists.h - the four lists of requests: 待我审批 (waiting for me, also as a
 * deputy), 我已审批 (decided by me), 我的申请 (mine), 抄送我的 (copied to me);
 * filters by type, state, date and text, pages in a stable order, CSV
 * export, and bulk approval of plain single-approver steps.
 */
#ifndef LIAISON_PAGES_LISTS_H
#define LIAISON_PAGES_LISTS_H

#include <stddef.h>

struct list_row;
struct req;

/* A list row's title as shown: the kind's name, a space and the subject. */
#define LIST_TITLE_MAX 1400

/* list_row_title - a listed request as the viewer reads it in lang: its
 * kind's name (from the names copy, view/names.h), then its subject. */
void list_row_title(const char *lang, const struct list_row *row, char *title, size_t size);

/* page_list - GET /lists/:name (and /inbox, /mine). */
int page_list(struct req *r);

/* page_list_csv - GET /lists/:name/csv: the same rows as CSV for Excel. */
int page_list_csv(struct req *r);

/* page_bulk_approve - POST /lists/inbox/bulk: each picked item decided on
 * its own, with a result per item. */
int page_bulk_approve(struct req *r);

#endif
