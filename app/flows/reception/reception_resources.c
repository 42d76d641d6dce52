/*
 * reception_resources.c - rooms and cars (RC-05): the list admins and the
 * general office keep (added, taken out of use and back), and the rooms
 * and cars the booking form offers.  Their free/busy page is
 * reception_week.c.
 */
#include "flows/reception/reception.h"

#include <stdio.h>
#include <string.h>

#include "audit/audit.h"
#include "core/clock.h"
#include "core/outcome.h"
#include "db/db.h"
#include "flows/reception/reception_sql.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

/* rc_resources_hdf - resources into Res.N (every one) or, for the form, Rooms.N / Cars.N (active). */
int rc_resources_hdf(struct req *r, int for_form)
{
	struct dbres res;
	const struct rc_res *x;
	size_t n = 0, rooms = 0, cars = 0;
	int rc = DB_RUN0(ST_RC_RESOURCES, &res);
	for (size_t i = 0; rc == DB_OK && (x = rc_res_at(&res, i)); i++) {
		if (for_form) {
			if (!x->active)
				continue;
			int room = !strcmp(x->kind, "room");
			size_t k = room ? rooms++ : cars++;
			page_set_int(r, x->id, "%s.%zu.Id", room ? "Rooms" : "Cars", k);
			page_set(r, x->name, "%s.%zu.Name", room ? "Rooms" : "Cars", k);
			page_set_int(r, x->seats, "%s.%zu.Seats", room ? "Rooms" : "Cars", k);
			continue;
		}
		page_set_int(r, x->id, "Res.%zu.Id", n);
		page_set_label(r, "Reception.Kind", x->kind, "Res.%zu.Kind", n);
		page_set(r, x->name, "Res.%zu.Name", n);
		page_set_int(r, x->seats, "Res.%zu.Seats", n);
		page_set(r, x->driver, "Res.%zu.Driver", n);
		page_set_int(r, x->active, "Res.%zu.Active", n);
		n++;
	}
	db_free(&res);
	return rc;
}

static int resources_show(struct req *r, int status)
{
	int rc = rc_resources_hdf(r, 0);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Reception.ResourcesTitle");
	return view_page(r, status, "flows/reception/resources.cs");
}

int rc_resources_page(struct req *r)
{
	if (r->form.nerr)
		return 400;
	if (form_get(&r->form, "added")->num)
		page_notice(r, "Reception.ResourceAdded");
	return resources_show(r, 200);
}

struct res_add {
	const struct actor *actor;
	const char *kind, *name, *driver;
	long long seats, id;
	int taken;
};

static int add_tx(void *arg)
{
	struct res_add *a = arg;
	struct dbres res;
	int rc = DB_RUN(ST_RC_RES_ADD, &res, DBS(a->kind), DBS(a->name), DBI(a->seats), DBS(a->driver),
	    DBI(clock_now()));
	a->id = (long long)res.insert_id;
	db_free(&res);
	if (rc == DB_DUP) {
		a->taken = 1;
		return O_REFUSED;
	}
	return rc == DB_OK ? audit_by(a->actor, "reception_resource_add", "reception_resource", a->id, a->name) : rc;
}

int rc_resource_add(struct req *r)
{
	page_form_values(r);
	if (r->form.nerr)
		return resources_show(r, 400);
	struct res_add a = {&r->actor, form_get(&r->form, "kind")->text, form_get(&r->form, "name")->text,
	    form_get(&r->form, "driver")->text, form_get(&r->form, "seats")->num, 0, 0};
	if (!a.driver)
		a.driver = "";
	int rc = db_tx(add_tx, &a);
	if (a.taken) {
		page_form_error(r, "name", "Reception.Err.NameTaken");
		return resources_show(r, 409);
	}
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/resources/admin?added=1");
	return 0;
}

struct res_active {
	const struct actor *actor;
	long long id, active;
};

/* Taken out of use (or back): offered no more; its holds stay. */
static int active_tx(void *arg)
{
	struct res_active *a = arg;
	struct dbres res;
	int rc = DB_RUN(ST_RC_RES_LOCK, &res, DBI(a->id));
	int found = rc_res_lock_at(&res, 0) != NULL;
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	if (!found)
		return O_NOT_FOUND;
	if ((rc = DB_RUN(ST_RC_RES_ACTIVE, NULL, DBI(a->active), DBI(a->id))) != DB_OK)
		return rc;
	return audit_by(a->actor, a->active ? "reception_resource_on" : "reception_resource_off", "reception_resource",
	    a->id, "");
}

int rc_resource_active(struct req *r)
{
	if (r->form.nerr)
		return 400;
	struct res_active a = {&r->actor, r->arg_id, form_get(&r->form, "active")->num};
	int rc = db_tx(active_tx, &a);
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/resources/admin");
	return 0;
}
