/*
 * timed.h - the engine's timed work, driven by the scheduler process:
 * reminders after a step waited a set number of working hours, then
 * escalation (the next level up is told and may also decide), and the
 * expiry of approved requests whose type gave them an end (EX-08), and
 * each type's own timed work (flow.h's timed).
 * Each item is its own transaction and claims its row first, so two
 * schedulers running at once never do the same item twice.
 */
#ifndef LIAISON_TIMED_H
#define LIAISON_TIMED_H

#include <signal.h>

struct calendar;

/* timed_run - one pass over everything due at now; returns the number of
 * items handled, or a negative db rc. */
int timed_run(const struct calendar *cal, long long now);

/* timed_stop_on - timed_run looks at *flag between items and returns
 * early once it is set (a SIGTERM must not wait for a pass of thousands
 * of reminders); what is left is done by the next pass. */
void timed_stop_on(const volatile sig_atomic_t *flag);

#endif
