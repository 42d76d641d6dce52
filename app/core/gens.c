/* gens.c - the per-request view of the cache counters. */
#include "core/gens.h"

static long long seen[GEN__COUNT];
static int known[GEN__COUNT];

void gens_forget(void)
{
	for (int i = 0; i < GEN__COUNT; i++)
		known[i] = 0;
}

void gens_seen(enum gen_id id, long long gen)
{
	seen[id] = gen;
	known[id] = 1;
}

int gens_fresh(enum gen_id id, long long have) { return known[id] && seen[id] == have; }

int gens_known(enum gen_id id) { return known[id]; }

long long gens_value(enum gen_id id) { return known[id] ? seen[id] : 0; }
