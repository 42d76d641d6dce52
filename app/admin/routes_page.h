/* routes_page.h - the admin's view of conf/routes.hdf, each route in words. */
#ifndef LIAISON_ADMIN_ROUTES_PAGE_H
#define LIAISON_ADMIN_ROUTES_PAGE_H

struct req;

int admin_routes(struct req *r);

#endif
