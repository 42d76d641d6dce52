/*
 * gencopy.h - a statement's rows kept by a worker across requests while a
 * generation counter (core/gens.h) stays the same: the roster, the names
 * lists show.  The session query reads the counters, so a request with a
 * session checks its copies without a statement of its own.
 */
#ifndef LIAISON_VIEW_GENCOPY_H
#define LIAISON_VIEW_GENCOPY_H

#include "core/gens.h"
#include "db/db.h"

struct gencopy {
	struct dbres res;   /* the rows as read */
	long long gen;      /* the generation they were read at */
	int loaded;
};

/* gencopy_ready - c holds st's rows as of counter id, read again only if
 * stale; *read_now (may be NULL) says whether they were.  0 or a db rc (the
 * old copy stays on failure). */
int gencopy_ready(struct gencopy *c, struct stmt *st, enum gen_id id, int *read_now);

#endif
