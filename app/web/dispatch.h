/*
 * dispatch.h - one request from start to finish: read, route, find the
 * session, check login, role and CSRF, validate the route's fields, call
 * the handler, turn a returned status into an error page, log one line.
 */
#ifndef LIAISON_DISPATCH_H
#define LIAISON_DISPATCH_H

#include <fcgiapp.h>

struct config;

/* dispatch - serve one accepted FastCGI request. */
void dispatch(FCGX_Request *f, const struct config *cfg);

#endif
