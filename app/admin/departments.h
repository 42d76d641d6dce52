/* departments.h - the admin's department pages: list, create, edit (name, head, parent). */
#ifndef LIAISON_ADMIN_DEPARTMENTS_H
#define LIAISON_ADMIN_DEPARTMENTS_H

struct req;
struct fieldset;

int admin_depts(struct req *r);
int admin_dept_create(struct req *r);
int admin_dept_edit(struct req *r);
int admin_dept_update(struct req *r);

extern const struct fieldset admin_dept_fields;

#endif
