/*
 * access.h - who may see a request (object-level check on every read).
 *
 * The requester, whoever filed it, anyone who has a place on its route or
 * was copied (抄送), roles the type names, and the head of the requester's department.  Admins are not on this
 * list: they manage accounts, not other people's requests.
 */
#ifndef LIAISON_ACCESS_H
#define LIAISON_ACCESS_H

struct req;

struct request_head {
	long long id, requester, filed_by, dept, dept_head, version, round, amount;
	long long created, submitted, decided;
	char number[24], type[24], title[201], state[16];
	char requester_name[129], filed_by_name[129], dept_name[65];
};

/* request_head_load - the request's common columns; 0, 404 or a status. */
int request_head_load(long long id, struct request_head *h);

/* may_view - 1 when r->user may see the request; -1 on a database error. */
int may_view(const struct req *r, const struct request_head *h);

#endif
