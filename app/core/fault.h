/*
 * fault.h - faults injected on purpose, in test builds only: a test writes
 * the name of a point into the fault file (the clock file's name with
 * ".fault" added) and the next process to pass that point fails there,
 * once (the file is removed).  In other builds fault_hit is always 0.
 */
#ifndef LIAISON_FAULT_H
#define LIAISON_FAULT_H

/* fault_set_beside - the fault file is clock_file's name with ".fault"
 * added ("" or NULL: no fault file, nothing ever armed). */
void fault_set_beside(const char *clock_file);

/* fault_hit - 1 (once) when point is armed, else 0. */
int fault_hit(const char *point);

/* fault_on - 1 while point is armed (the file is left for the test to
 * remove): a slow point, say, holds for every pass. Always 0 outside tests. */
int fault_on(const char *point);

#endif
