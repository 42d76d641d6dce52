/*
 * req.h - one HTTP request as data, from FastCGI in to the response out.
 *
 * A handler sees the request's validated form (r->form), the logged-in
 * user (r->user) and the path arguments; raw parameters stay private to
 * the dispatcher, so nothing unvalidated reaches a handler.
 */
#ifndef LIAISON_REQ_H
#define LIAISON_REQ_H

#include <fcgiapp.h>
#include <ClearSilver.h>

#include "core/actor.h"
#include "http/params.h"
#include "http/form.h"

struct config;

struct user {
	long long id;
	char login[65];
	char name[129];
	unsigned roles;
	long long dept_id;
	int must_change_pw;
	char lang[8];
	long long unread;         /* unread notices, for the header */
};

struct session {
	int valid;
	char token_hash[65];
	char csrf[65];
};

#define REQ_MAX_HEADERS 8

struct req {
	FCGX_Request *fcgi;
	const struct config *cfg;
	const char *method;
	char path[512];
	const char *query_string;
	const char *remote_addr;
	int is_post;

	struct params query;      /* private to the dispatcher */
	struct params body;       /* private to the dispatcher */
	struct params cookies;    /* private to the auth layer */

	long long arg_id;         /* ":id" path segment */
	char arg_token[65];       /* ":token" path segment */
	char arg_name[25];        /* ":name" path segment */

	struct form form;         /* the route's validated fields */
	struct user user;         /* id 0: nobody logged in */
	struct actor actor;       /* the user as the layers below see them */
	struct session sess;
	char lang[8];
	HDF *hdf;                 /* the page's data; only validated values */

	int status;               /* what was sent (for the access log) */
	int sent;
	char headers[REQ_MAX_HEADERS][512];
	int nheaders;
};

/* req_header_add - an extra response header ("Set-Cookie: ..."); the value
 * must contain no CR/LF (checked: a bad one is dropped and logged). */
void req_header_add(struct req *r, const char *name, const char *value);

/* req_env - a FastCGI parameter or "" (never NULL). */
const char *req_env(const struct req *r, const char *name);

/* req_read - fill method, path and parameters from FastCGI.  Returns 0, or
 * the HTTP status (400, 413) to answer a malformed or oversized request. */
int req_read(struct req *r, FCGX_Request *f, const struct config *cfg);

/* req_free - release everything the request owns. */
void req_free(struct req *r);

/* req_cookie - a cookie's value or NULL. */
const char *req_cookie(const struct req *r, const char *name);

#endif
