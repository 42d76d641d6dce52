/*
 * routes.c - the application's route table: every URL, its method, who may
 * call it and the fields it reads.  A handler not listed here is unreachable.
 */
#include "http/router.h"

#include <stddef.h>

#include "admin/audit_page.h"
#include "admin/departments.h"
#include "admin/settings_page.h"
#include "admin/users.h"
#include "auth/login.h"
#include "auth/roles.h"
#include "site/account.h"
#include "site/home.h"

#define ADMIN ROLE_ADMIN

const struct route app_routes[] = {
	{"GET", "/healthz", healthz, R_PUBLIC | R_NO_HDF, 0, NULL},
	{"GET", "/login", login_form, R_PUBLIC, 0, &login_form_fields},
	{"POST", "/login", login_submit, R_PUBLIC | R_PRELOGIN_CSRF, 0, &login_fields},
	{"POST", "/logout", logout_submit, R_PW_CHANGE, 0, NULL},
	{"GET", "/", home_page, 0, 0, NULL},

	{"GET", "/account", account_page, 0, 0, &account_view_fields},
	{"POST", "/account", account_update, 0, 0, &account_fields},
	{"GET", "/account/password", account_password_form, R_PW_CHANGE, 0, NULL},
	{"POST", "/account/password", account_password_submit, R_PW_CHANGE, 0, &password_fields},

	{"GET", "/admin/users", admin_users, 0, ADMIN, &admin_users_fields},
	{"GET", "/admin/users/new", admin_user_new, 0, ADMIN, NULL},
	{"POST", "/admin/users/new", admin_user_create, 0, ADMIN, &admin_user_new_fields},
	{"GET", "/admin/users/:id", admin_user_edit, 0, ADMIN, &admin_user_view_fields},
	{"POST", "/admin/users/:id", admin_user_update, 0, ADMIN, &admin_user_fields},
	{"POST", "/admin/users/:id/deactivate", admin_user_deactivate, 0, ADMIN, &admin_deactivate_fields},
	{"POST", "/admin/users/:id/activate", admin_user_activate, 0, ADMIN, NULL},
	{"POST", "/admin/users/:id/reset-password", admin_user_reset, 0, ADMIN, NULL},
	{"GET", "/admin/departments", admin_depts, 0, ADMIN, NULL},
	{"POST", "/admin/departments", admin_dept_create, 0, ADMIN, &admin_dept_fields},
	{"GET", "/admin/departments/:id", admin_dept_edit, 0, ADMIN, NULL},
	{"POST", "/admin/departments/:id", admin_dept_update, 0, ADMIN, &admin_dept_fields},
	{"GET", "/admin/settings", admin_settings, 0, ADMIN, &admin_settings_view_fields},
	{"POST", "/admin/settings", admin_setting_update, 0, ADMIN, &admin_setting_fields},
	{"GET", "/admin/audit", admin_audit, 0, ADMIN, &admin_audit_fields},
	{"GET", "/admin/audit.csv", admin_audit_csv, 0, ADMIN, &admin_audit_fields},
	{"GET", "/admin/audit/verify", admin_audit_verify, 0, ADMIN, NULL},
};

const size_t app_nroutes = sizeof app_routes / sizeof app_routes[0];
