/*
 * account.h - the user's own page: email and language, recent logins, and
 * the password change (which ends the user's other sessions).
 */
#ifndef LIAISON_ACCOUNT_H
#define LIAISON_ACCOUNT_H

struct req;
struct fieldset;

int account_page(struct req *r);
int account_update(struct req *r);
int account_password_form(struct req *r);
int account_password_submit(struct req *r);

extern const struct fieldset account_fields, account_view_fields, password_fields;

#endif
