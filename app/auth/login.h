/*
 * login.h - the login and logout pages.
 *
 * Failures get one message and one cost whether or not the account exists;
 * an account name is throttled after 5 failures (1 minute, doubling to an
 * hour) and an address after 20 failures in 10 minutes, both before any
 * password is hashed.
 */
#ifndef LIAISON_LOGIN_H
#define LIAISON_LOGIN_H

#include <stddef.h>

struct req;
struct fieldset;

int login_form(struct req *r);
int login_submit(struct req *r);
int logout_submit(struct req *r);

extern const struct fieldset login_fields, login_form_fields;

/* login_lock_secs - how long an account name waits after fails failures
 * (0 below five). */
long long login_lock_secs(long long fails);

#endif
