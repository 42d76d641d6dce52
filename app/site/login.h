/*
 * login.h - the login and logout pages.
 *
 * Failures get one message and one cost whether or not the account exists,
 * and are throttled per name and per address (auth/throttle.h).
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

#endif
