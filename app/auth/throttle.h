/*
 * throttle.h - limits on guessing passwords, shared by the login form and
 * the current-password check of a password change.
 *
 * A name (a login) waits after 5 failures: 1 minute, doubling to an hour;
 * an address is blocked for 10 minutes after more than 20 failures in 10
 * minutes.  Both are read before any password is hashed, so a flood costs
 * no CPU.
 */
#ifndef LIAISON_THROTTLE_H
#define LIAISON_THROTTLE_H

/* throttle_check - 1 when name or ip must wait, 0 when not; a db rc (< 0)
 * when the database cannot say. */
int throttle_check(const char *name, const char *ip, long long now);

/* throttle_fail - count a wrong password for name and ip, locking the name
 * when due.  Inside db_tx; returns DB_OK or a db_rc. */
int throttle_fail(const char *name, const char *ip, long long now);

/* throttle_clear - a right password resets name's count.  Inside db_tx. */
int throttle_clear(const char *name);

/* login_lock_secs - how long a name waits after fails failures (0 below five). */
long long login_lock_secs(long long fails);

#endif
