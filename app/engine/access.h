/*
 * access.h - who may see a request (object-level check on every read).
 *
 * The requester, whoever filed it, anyone who has a place on its route or
 * was copied (抄送), roles the type names, and the head of the requester's
 * department.  Admins are not on this list: they manage accounts, not
 * other people's requests.
 */
#ifndef LIAISON_ACCESS_H
#define LIAISON_ACCESS_H

#include "core/actor.h"

struct request_head {
	long long id, requester, filed_by, dept, dept_head, version, round, amount;
	long long created, submitted, decided;
	char number[24], type[24], kind[25], state[16];
	char title[801];
	char kind_zh[257], kind_en[257];
	char requester_name[513], filed_by_name[513], dept_name[257];
};

/* request_head_load - the request's common columns; 0, O_NOT_FOUND or a db rc. */
int request_head_load(long long id, struct request_head *h);

/* may_view - 1 when the actor may see the request (a deputy on the
 * principal's link sees what the principal would), 0 when not, or a db rc. */
int may_view(const struct actor *a, const struct request_head *h);

/* may_see_file - the same for an attachment; a medical one (sensitive)
 * only for the requester, the request's approvers and the attendance
 * clerk - not a department head looking on, not an admin. */
int may_see_file(const struct actor *a, const struct request_head *h, int sensitive);

#endif
