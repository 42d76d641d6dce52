/*
 * users.h - the admin's user pages: list and search, create, edit,
 * deactivate (ending sessions at once; AU-05 hand-over), reactivate, and
 * reset a password.  The last active admin can neither be deactivated
 * nor lose the admin role.
 */
#ifndef LIAISON_ADMIN_USERS_H
#define LIAISON_ADMIN_USERS_H

struct req;
struct fieldset;

int admin_users(struct req *r);
int admin_user_new(struct req *r);
int admin_user_create(struct req *r);
int admin_user_edit(struct req *r);
int admin_user_update(struct req *r);
int admin_user_deactivate(struct req *r);
int admin_user_activate(struct req *r);
int admin_user_reset(struct req *r);

extern const struct fieldset admin_users_fields, admin_user_fields, admin_user_new_fields,
    admin_deactivate_fields, admin_user_view_fields;

#endif
