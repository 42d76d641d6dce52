/* audit_page.h - the admin's audit viewer: filters, pages, CSV export, chain check. */
#ifndef LIAISON_ADMIN_AUDIT_PAGE_H
#define LIAISON_ADMIN_AUDIT_PAGE_H

struct req;
struct fieldset;

int admin_audit(struct req *r);
int admin_audit_csv(struct req *r);
int admin_audit_verify(struct req *r);

extern const struct fieldset admin_audit_fields;

#endif
