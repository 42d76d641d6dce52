/*
 * salaries.h - monthly salaries (for leave and attendance deductions,
 * LV-06): seen and set only by finance, the attendance clerk and the
 * general manager; each user sees their own on their account page.
 * Admins manage accounts but never see a salary.
 */
#ifndef LIAISON_SALARIES_H
#define LIAISON_SALARIES_H

struct req;
struct fieldset;

int salaries_page(struct req *r);
int salary_set(struct req *r);

extern const struct fieldset salaries_fields, salary_fields;

#endif
