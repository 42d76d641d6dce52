/*
 * settings.h - the policy numbers of domain.md, stored in the settings
 * table and edited by admins.  Cached in the process; each request checks
 * the cache against the settings generation (core/gens.h).
 */
#ifndef LIAISON_SETTINGS_H
#define LIAISON_SETTINGS_H

#include <stddef.h>

struct setting_def {
	const char *name;     /* column value in settings.name */
	long long def;        /* default when the row is missing */
	long long min, max;   /* bounds enforced on edit */
	const char *unit;     /* language key suffix: "min", "fen", "bp", "days", "hours", "count" */
};

/* settings_defs - the table of every setting, in display order. */
const struct setting_def *settings_defs(size_t *n);

/* setting - the current value (loads the table on first use per request;
 * falls back to the default when the database cannot be read). */
long long setting(const char *name);



/* settings_generation - the generation of the values in force (it moves
 * whenever anyone changes a setting); -1 when they could not be read. */
long long settings_generation(void);

/* setting_human - value v of setting d as people read it: a clock time as
 * "08:50", money as yuan ("20.00"), a share in basis points as a
 * percentage ("50", "12.5"), anything else as its number. */
void setting_human(const struct setting_def *d, long long v, char *out, size_t outlen);

/* setting_def_find - the definition of name, or NULL. */
const struct setting_def *setting_def_find(const char *name);

#endif
