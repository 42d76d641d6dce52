/*
 * list.h - what list pages share: paging with a stable order, and the
 * option lists of users and departments for <select> fields.
 */
#ifndef LIAISON_LIST_H
#define LIAISON_LIST_H

struct req;

#define LIST_PER_PAGE 20

/* list_offset - the row offset of page (1-based, clamped to >= 1). */
long long list_offset(long long page);

/* list_pager - Pager.Page/.Pages/.Total/.Prev/.Next for the template. */
void list_pager(struct req *r, long long total, long long page);

/* list_pager_open - Pager.Page/.Prev/.Next without a total, for lists whose
 * length is not counted (more: a next page exists). */
void list_pager_open(struct req *r, long long page, int more);

/* list_users_matching - the active users q names (NULL or "": all) as
 * <name>.N.Id/.Name/.Login/.Initials in the page's HDF: q in the name, or
 * the start of the login or of the name's pinyin initials.  A page that
 * lists everyone takes list_roster instead.  0 or a db rc. */
int list_users_matching(struct req *r, const char *name, const char *q);

/* list_roster - every active user, as list_users_matching sets them, in the
 * templates' globals as Roster.N (view_global_tree): kept by the worker
 * while the roster generation stays, so a page listing everyone builds
 * nothing per request.  0 or a db rc. */
int list_roster(void);

/* list_depts - departments as <name>.N.Id/.Name/.NameEn/.Head/...; 0 or a db rc. */
int list_depts(struct req *r, const char *name);

#endif
