/* settings.c - policy numbers with bounds, read from the database. */
#include "db/settings.h"

#include <stdio.h>
#include <string.h>

#include "core/gens.h"
#include "core/money.h"
#include "core/log.h"
#include "db/db.h"
#include "db/settings_sql.h"

static const struct setting_def defs[] = {
	{"pw_iterations", 600000, 600000, 10000000, "count"},
	{"session_idle_min", 30, 5, 1440, "min"},
	{"session_max_hours", 12, 1, 168, "hours"},
	{"work_start_min", 530, 0, 1439, "clock"},          /* LV-01 08:50 */
	{"work_end_min", 1055, 1, 1440, "clock"},           /* LV-01 17:35 */
	{"sick_notice_min", 60, 0, 1440, "min"},            /* LV-02 */
	{"sick_cert_days", 3, 1, 60, "days"},               /* LV-03 */
	{"sick_cert_grace_days", 3, 0, 60, "days"},         /* LV-03 */
	{"sick_cert_calendar_days", 1, 0, 1, "bool"},       /* LV-03: days of illness, not workdays */
	{"afternoon_start_min", 780, 0, 1439, "clock"},     /* LV-02: the half-day boundary, 13:00 */
	{"personal_gm_days", 3, 1, 60, "days"},             /* LV-05 */
	{"sick_deduct_bp", 5000, 0, 10000, "bp"},           /* LV-06 */
	{"personal_deduct_bp", 10000, 0, 10000, "bp"},      /* LV-06 */
	{"late_fine_fen", 2000, 0, 10000000, "fen"},        /* LV-07 */
	{"late_absence_min", 30, 1, 480, "min"},            /* LV-08 */
	{"late_flag_count", 3, 1, 31, "count"},             /* LV-09 */
	{"absence_fine_fen", 10000, 0, 10000000, "fen"},    /* LV-10 */
	{"absence_flag_days", 3, 1, 366, "days"},           /* LV-10 */
	{"absence_period_rolling", 0, 0, 1, "bool"},        /* LV-10: rolling 12 months, not the calendar year */
	{"expense_margin_bp", 1000, 0, 10000, "bp"},        /* EX-05 */
	{"expense_gm_threshold_fen", 500000, 0, 100000000000LL, "fen"}, /* EX-06 */
	{"expense_over_budget_escalate", 0, 0, 1, "bool"},  /* EX-02 */
	{"expense_grace_days", 30, 0, 365, "days"},         /* EX-08 */
	{"travel_checkins_per_day", 1, 1, 2, "count"},      /* EX-07 */
	{"link_ttl_hours", 72, 1, 720, "hours"},
	{"reminder_work_hours", 8, 1, 200, "hours"},
	{"escalate_work_hours", 16, 1, 400, "hours"},
	{"attach_max_kb", 10240, 64, 102400, "kb"},
};

#define NDEFS (sizeof defs / sizeof defs[0])

/* Values stay cached across requests in a worker, checked on each request
 * against the settings generation (core/gens.h). */
static long long values[NDEFS];
static long long cached_gen = -1;  /* generation of values; -1 = none */

const struct setting_def *settings_defs(size_t *n)
{
	*n = NDEFS;
	return defs;
}

const struct setting_def *setting_def_find(const char *name)
{
	for (size_t i = 0; i < NDEFS; i++)
		if (!strcmp(defs[i].name, name))
			return &defs[i];
	return NULL;
}

/* Reads the generation and the rows in one statement: one snapshot.  A
 * failed read serves the defaults, and the next call reads again. */
static void load(void)
{
	struct dbres res;
	const struct settings_all *s;
	for (size_t i = 0; i < NDEFS; i++)
		values[i] = defs[i].def;
	cached_gen = -1;
	int rc = DB_RUN0(ST_SETTINGS_ALL, &res);
	for (size_t r = 0; rc == DB_OK && (s = settings_all_at(&res, r)); r++) {
		cached_gen = s->generation;
		for (size_t i = 0; i < NDEFS; i++)
			if (s->name && !strcmp(s->name, defs[i].name))
				values[i] = s->value;
	}
	db_free(&res);
	if (cached_gen >= 0)
		gens_seen(GEN_SETTINGS, cached_gen);
}

long long settings_generation(void)
{
	if (!gens_fresh(GEN_SETTINGS, cached_gen))
		load();
	return cached_gen;
}

/* A share in basis points as a percentage: 5000 -> "50", 1250 -> "12.5". */
static void percent(long long bp, char *out, size_t outlen)
{
	if (bp % 100 == 0)
		snprintf(out, outlen, "%lld", bp / 100);
	else if (bp % 10 == 0)
		snprintf(out, outlen, "%lld.%lld", bp / 100, bp % 100 / 10);
	else
		snprintf(out, outlen, "%lld.%02lld", bp / 100, bp % 100);
}

void setting_human(const struct setting_def *d, long long v, char *out, size_t outlen)
{
	if (!strcmp(d->unit, "clock"))
		snprintf(out, outlen, "%02lld:%02lld", v / 60, v % 60);
	else if (!strcmp(d->unit, "fen"))
		money_format_plain(v, out, outlen);
	else if (!strcmp(d->unit, "bp"))
		percent(v, out, outlen);
	else
		snprintf(out, outlen, "%lld", v);
}

long long setting(const char *name)
{
	if (!gens_fresh(GEN_SETTINGS, cached_gen))
		load();
	for (size_t i = 0; i < NDEFS; i++)
		if (!strcmp(defs[i].name, name))
			return values[i];
	log_err("settings: unknown setting %s", name);
	return 0;
}
