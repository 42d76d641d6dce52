/*
 * resolve.h - who acts on a step (AU-02..AU-04).
 *
 * The requester and whoever filed on their behalf are never eligible
 * (AU-03); an inactive person is passed over to the next level up the
 * superior chain (AU-02); an empty result is the caller's cue to refuse
 * the submission naming the missing role (AU-04).
 */
#ifndef LIAISON_RESOLVE_H
#define LIAISON_RESOLVE_H

#include <stddef.h>

#define USERSET_MAX 64

struct userset {
	size_t n;
	long long id[USERSET_MAX];
};

struct who_ctx {
	long long requester;
	long long filed_by;
	long long dept_id;
	long long prev_approver;   /* for next_up: the last single approver before this step */
};

/* resolve_who - the eligible users for one Who term list; 0 or a db rc. */
int resolve_who(const struct who_ctx *w, const char *who, struct userset *out);

/* resolve_chain - chain:R: each valid person from the requester's superior
 * upward, ending with the first who holds role bit; empty when none does. */
int resolve_chain(const struct who_ctx *w, unsigned role, struct userset *out);

/* resolve_at_top - whether nobody active stands above the requester on
 * the superior chain (the general manager); 0 or a db rc. */
int resolve_at_top(const struct who_ctx *w, int *top);

/* resolve_day_text - Shanghai day as delegations store it (YYYY-MM-DD). */
void resolve_day_text(int day, char out[16]);

/* resolve_deputy - the deputy standing in for user on Shanghai day
 * (days since 1970), or 0. */
int resolve_deputy(long long user, int day, long long *deputy);

/* resolve_missing_key - the language key naming what a Who asked for
 * ("Who.dept_head", "Role.gm", ...), for the AU-04 message. */
void resolve_missing_key(const char *who, char *out, size_t outlen);

/* userset_add / userset_has */
void userset_add(struct userset *s, long long id);
int userset_has(const struct userset *s, long long id);

#endif
