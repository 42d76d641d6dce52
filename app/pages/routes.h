/* routes.h - the URLs of the shared request pages (a table for web/routes.c). */
#ifndef LIAISON_PAGES_ROUTES_H
#define LIAISON_PAGES_ROUTES_H

struct route_table;

extern const struct route_table pages_table;

#endif
