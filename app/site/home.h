/* home.h - the home page and the health check. */
#ifndef LIAISON_HOME_H
#define LIAISON_HOME_H

struct req;

/* home_page - the logged-in user's start page. */
int home_page(struct req *r);

/* healthz - answers without the database: the stack's own ceiling. */
int healthz(struct req *r);

#endif
