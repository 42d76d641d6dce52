/*
 * demo.h - the demo organisation of the seed: five departments, at least
 * one user of every role, one shared demo password.
 */
#ifndef LIAISON_DEMO_H
#define LIAISON_DEMO_H

#define DEMO_PASSWORD "Liaison@2026"

/* demo_load - create the demo organisation unless users exist already.
 * Returns 0 (also when skipped), -1 on failure. */
int demo_load(void);

/* demo_print - print the URL and the demo accounts. */
void demo_print(const char *base_url);

#endif
