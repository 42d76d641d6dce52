/*
 * names.h - the names a list shows beside its rows: people by id and request
 * kinds by type and code, kept by each worker across requests while their
 * generations (core/gens.h) stay the same, so a list page reads one index
 * range and its requests, not four tables per row.
 */
#ifndef LIAISON_VIEW_NAMES_H
#define LIAISON_VIEW_NAMES_H

/* names_ready - reload whichever copy is stale for this request; call before
 * the lookups below.  0 or a db rc (the old copy stays on failure). */
int names_ready(void);

/* names_user - user id's display name; "" for an id nobody has. */
const char *names_user(long long id);

/* names_kind - the kind code of type in Chinese (*zh) and English (*en);
 * both "" for a kind without names (most types have none). */
void names_kind(const char *type, const char *code, const char **zh, const char **en);

#endif
