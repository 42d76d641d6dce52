/*
 * home_panels.h - what the home page adds for some roles: admins in
 * December see a warning while next year's work calendar is still empty
 * (LV-01); department heads see this week's waiting items and who of
 * their department is away today.
 */
#ifndef LIAISON_HOME_PANELS_H
#define LIAISON_HOME_PANELS_H

struct req;

/* home_panels - put those panels into the page's HDF (Home.CalWarn*,
 * Home.Week.*, Home.Away.*); DB_OK or a db rc. */
int home_panels(struct req *r);

#endif
