/*
 * gens.h - change counters of the tables a worker caches.
 *
 * A trigger bumps a counter in the database (table cache_gen) whenever its
 * table changes, from any process.  The session lookup reads the counters
 * with the session row, so a cache is checked on every request without a
 * query of its own; a request without a session checks by reloading.
 */
#ifndef LIAISON_GENS_H
#define LIAISON_GENS_H

enum gen_id { GEN_SETTINGS, GEN_ROSTER, GEN_KINDS, GEN__COUNT };

/* gens_known - whether this request learned counter id already. */
int gens_known(enum gen_id id);

/* gens_forget - nothing is known about the counters (start of a request). */
void gens_forget(void);

/* gens_seen - the database's counter id is gen for this request. */
void gens_seen(enum gen_id id, long long gen);

/* gens_value - the counter id as this request learned it (0 if it did not). */
long long gens_value(enum gen_id id);

/* gens_fresh - whether a cache made at generation have is current for this
 * request (never when the counter was not read in it). */
int gens_fresh(enum gen_id id, long long have);

#endif
