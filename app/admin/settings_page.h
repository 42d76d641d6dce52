/* settings_page.h - the admin's page of policy numbers (domain.md), each validated and audited. */
#ifndef LIAISON_ADMIN_SETTINGS_PAGE_H
#define LIAISON_ADMIN_SETTINGS_PAGE_H

struct req;
struct fieldset;

int admin_settings(struct req *r);
int admin_setting_update(struct req *r);

extern const struct fieldset admin_setting_fields, admin_settings_view_fields;

#endif
