/*
 * routes.c - the application's route tables: every URL, its method, who may
 * call it and the fields it reads.  A handler not listed is unreachable.
 * The site's and the admin's pages are listed here; the shared request
 * pages, attendance and each request type keep their own table beside
 * them (a type names it in its flow_page).
 */
#include "web/routes.h"

#include <stddef.h>

#include "http/router.h"
#include "pages/flow_page.h"
#include "pages/routes.h"

#include "admin/audit_page.h"
#include "admin/departments.h"
#include "admin/routes_page.h"
#include "admin/outbox_page.h"
#include "admin/settings_page.h"
#include "admin/users.h"
#include "attendance/pages.h"
#include "auth/roles.h"
#include "site/account.h"
#include "site/delegation.h"
#include "site/deptcal.h"
#include "site/handovers.h"
#include "site/home.h"
#include "site/login.h"
#include "site/notices.h"
#include "site/salaries.h"

#define ADMIN ROLE_ADMIN
#define PAYROLL (ROLE_FINANCE | ROLE_CLERK | ROLE_GM)


static const struct route core_routes[] = {
	ROUTE("GET", "/healthz", healthz, R_PUBLIC | R_NO_HDF, 0, NULL),
	ROUTE("GET", "/login", login_form, R_PUBLIC, 0, &login_form_fields),
	ROUTE("POST", "/login", login_submit, R_PUBLIC | R_PRELOGIN_CSRF, 0, &login_fields),
	ROUTE("POST", "/logout", logout_submit, R_PW_CHANGE, 0, NULL),
	ROUTE("GET", "/", home_page, 0, 0, NULL),

	ROUTE("GET", "/notifications", notices_page, 0, 0, &notices_fields),
	ROUTE("POST", "/notifications/:id/open", notice_open, 0, 0, NULL),
	ROUTE("POST", "/notifications/read-all", notices_read_all, 0, 0, NULL),
	ROUTE("GET", "/account", account_page, 0, 0, &account_view_fields),
	ROUTE("POST", "/account", account_update, 0, 0, &account_fields),
	ROUTE("GET", "/account/password", account_password_form, R_PW_CHANGE, 0, NULL),
	ROUTE("POST", "/account/password", account_password_submit, R_PW_CHANGE, 0, &password_fields),
	ROUTE("GET", "/salaries", salaries_page, 0, PAYROLL, &salaries_fields),
	ROUTE("POST", "/salaries/:id", salary_set, 0, PAYROLL, &salary_fields),
	ROUTE("GET", "/handovers", handovers_page, 0, 0, NULL),
	ROUTE("POST", "/handovers/:id/confirm", handover_confirm, 0, 0, NULL),
	ROUTE("GET", "/account/delegation", delegation_page, 0, 0, NULL),
	ROUTE("POST", "/account/delegation", delegation_add, 0, 0, &delegation_fields),
	ROUTE("POST", "/account/delegation/:id/end", delegation_end, 0, 0, NULL),

	ROUTE("GET", "/admin/users", admin_users, 0, ADMIN, &admin_users_fields),
	ROUTE("GET", "/admin/users/new", admin_user_new, 0, ADMIN, NULL),
	ROUTE("POST", "/admin/users/new", admin_user_create, 0, ADMIN, &admin_user_new_fields),
	ROUTE("GET", "/admin/users/:id", admin_user_edit, 0, ADMIN, &admin_user_view_fields),
	ROUTE("POST", "/admin/users/:id", admin_user_update, 0, ADMIN, &admin_user_fields),
	ROUTE("POST", "/admin/users/:id/deactivate", admin_user_deactivate, 0, ADMIN, &admin_deactivate_fields),
	ROUTE("POST", "/admin/users/:id/activate", admin_user_activate, 0, ADMIN, NULL),
	ROUTE("POST", "/admin/users/:id/reset-password", admin_user_reset, 0, ADMIN, NULL),
	ROUTE("GET", "/admin/departments", admin_depts, 0, ADMIN, NULL),
	ROUTE("POST", "/admin/departments", admin_dept_create, 0, ADMIN, &admin_dept_fields),
	ROUTE("GET", "/admin/departments/:id", admin_dept_edit, 0, ADMIN, NULL),
	ROUTE("POST", "/admin/departments/:id", admin_dept_update, 0, ADMIN, &admin_dept_fields),
	ROUTE("GET", "/admin/settings", admin_settings, 0, ADMIN, &admin_settings_view_fields),
	ROUTE("POST", "/admin/settings", admin_setting_update, 0, ADMIN, &admin_setting_fields),
	ROUTE("GET", "/admin/routes", admin_routes, 0, ADMIN, NULL),
	ROUTE("GET", "/admin/audit", admin_audit, 0, ADMIN, &admin_audit_fields),
	ROUTE("GET", "/admin/audit.csv", admin_audit_csv, 0, ADMIN, &admin_audit_fields),
	ROUTE("GET", "/admin/audit/verify", admin_audit_verify, 0, ADMIN, NULL),
};

static ROUTE_TABLE(core_table, core_routes);

#define MAX_TABLES 64

const struct route_table *const *routes_all(void)
{
	static const struct route_table *all[MAX_TABLES];
	static int built;
	if (built)
		return all;
	size_t n = 0;
	all[n++] = &core_table;
	all[n++] = &pages_table;
	all[n++] = &outbox_table;
	all[n++] = &attendance_table;
	all[n++] = &deptcal_table;
	for (size_t i = 0; flow_page_at(i) && n < MAX_TABLES - 1; i++)
		if (flow_page_at(i)->routes)
			all[n++] = flow_page_at(i)->routes;
	all[n] = NULL;
	built = 1;
	return all;
}
