/*
 * delegation.h - a user names a deputy for a date range; steps reaching
 * them in that range go to the deputy, recorded as "acting for" them.
 */
#ifndef LIAISON_DELEGATION_H
#define LIAISON_DELEGATION_H

struct req;
struct fieldset;

int delegation_page(struct req *r);
int delegation_add(struct req *r);
int delegation_end(struct req *r);

extern const struct fieldset delegation_fields;

#endif
