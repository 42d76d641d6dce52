/*
 * routes.c - the application's route table: every URL, its method, who may
 * call it and the fields it reads.  A handler not listed here is unreachable.
 */
#include "http/router.h"

#include "auth/login.h"
#include "auth/roles.h"
#include "http/form.h"
#include "site/home.h"

const struct route app_routes[] = {
	{"GET", "/healthz", healthz, R_PUBLIC | R_NO_HDF, 0, NULL},
	{"GET", "/login", login_form, R_PUBLIC, 0, &login_form_fields},
	{"POST", "/login", login_submit, R_PUBLIC | R_PRELOGIN_CSRF, 0, &login_fields},
	{"POST", "/logout", logout_submit, R_PW_CHANGE, 0, NULL},
	{"GET", "/", home_page, 0, 0, NULL},
};

const size_t app_nroutes = sizeof app_routes / sizeof app_routes[0];
