/*
 * routes.h - the application's route tables: the site's, the admin's, the
 * shared request pages', attendance's, and each request type's own.
 */
#ifndef LIAISON_WEB_ROUTES_H
#define LIAISON_WEB_ROUTES_H

struct route_table;

/* routes_all - every table, NULL-terminated (built at the first call,
 * after the types were registered). */
const struct route_table *const *routes_all(void);

#endif
