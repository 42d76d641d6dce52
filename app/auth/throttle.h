/*
 * throttle.h - limits on guessing passwords, shared by the login form and
 * the current-password check of a password change.
 *
 * A name (a login) waits after 5 failures: 1 minute, doubling to an hour.
 * An address with 20 failures in an hour waits before each further
 * attempt: 1 second after the 20th, doubling to 10 minutes: a guesser
 * slows to a crawl, nobody is shut out for good.  Both are read
 * before any password is hashed, so a flood costs no CPU.
 *
 * A known device (auth/device.h: a browser that logged in as this account
 * before) is spared both, so one guesser behind an office's one address
 * cannot lock the office out.  Its own failures count against the device
 * alone; after 5 of them it is a stranger again.
 */
#ifndef LIAISON_THROTTLE_H
#define LIAISON_THROTTLE_H

struct throttle_who {
	const char *name;        /* the login typed */
	const char *ip;
	const char *device;      /* the id of a device cookie signed for name, or NULL */
};

/* throttle_wait - 0 when the attempt may go on, else the seconds it must
 * wait (> 0); a db rc (< 0) when the database cannot say. */
long long throttle_wait(const struct throttle_who *w, long long now);

/* throttle_fail - count a wrong password: against the known device, else
 * against the name and the address, locking the name when due.  Inside
 * db_tx; returns DB_OK or a db_rc. */
int throttle_fail(const struct throttle_who *w, long long now);

/* throttle_clear - a right password from a stranger's browser resets the
 * name's count (a known device's resets only its own, throttle_device_ok).
 * Inside db_tx. */
int throttle_clear(const struct throttle_who *w);

/* throttle_device_ok - remember device id as a known device of name after
 * a right password (a new one, or one seen again).  Inside db_tx. */
int throttle_device_ok(const char *id, const char *name, long long now);

/* login_lock_secs - how long a name waits after fails failures (0 below five). */
long long login_lock_secs(long long fails);

/* address_wait_secs - how long an address waits after its last failure
 * when it has fails failures in the window (0 below twenty). */
long long address_wait_secs(long long fails);

#endif
