/* handovers.c - the hand-over lists page and their confirmation (AU-05). */
#include "site/handovers.h"

#include <stdio.h>

#include "auth/roles.h"
#include "db/db.h"
#include "engine/handover.h"
#include "http/req.h"
#include "http/resp.h"
#include "site/site_sql.h"
#include "view/page.h"
#include "view/view.h"

static void list_to_hdf(struct req *r, const struct handover_row *h, size_t i)
{
	page_set_int(r, h->id, "Lists.%zu.Id", i);
	page_set(r, h->user_name, "Lists.%zu.Person", i);
	page_set_label(r, "Handover.Reason", h->reason, "Lists.%zu.Reason", i);
	page_set(r, h->from_dept, "Lists.%zu.From", i);
	page_set(r, h->to_dept, "Lists.%zu.To", i);
	page_set(r, h->successor_name, "Lists.%zu.Successor", i);
	page_set_int(r, h->moved_steps, "Lists.%zu.Moved", i);
	page_set_time(r, h->created, "Lists.%zu.At", i);
	page_set(r, h->confirmed_by ? h->confirmed_by : "", "Lists.%zu.ConfirmedBy", i);
	page_set(r, h->manager_id == r->user.id && !h->confirmed_by ? "1" : "", "Lists.%zu.CanConfirm", i);
}

static int items_to_hdf(struct req *r, long long list, size_t i)
{
	struct dbres res;
	const struct handover_item_row *it;
	int rc = DB_RUN(ST_HANDOVER_ITEMS, &res, DBI(list));
	for (size_t k = 0; rc == DB_OK && (it = handover_item_row_at(&res, k)); k++) {
		page_set_label(r, "Handover.Item", it->kind, "Lists.%zu.Items.%zu.Kind", i, k);
		page_set_int(r, it->request_id, "Lists.%zu.Items.%zu.Id", i, k);
		page_set(r, it->number, "Lists.%zu.Items.%zu.Number", i, k);
		page_set_label(r, "State", it->state, "Lists.%zu.Items.%zu.State", i, k);
	}
	db_free(&res);
	return rc;
}

/* A manager sees the lists of their people; an admin sees every list. */
int handovers_page(struct req *r)
{
	struct dbres res;
	const struct handover_row *h;
	int all = (r->user.roles & ROLE_ADMIN) != 0;
	int rc = DB_RUN(ST_HANDOVERS_OF, &res, DBI(all), DBI(r->user.id));
	for (size_t i = 0; rc == DB_OK && (h = handover_row_at(&res, i)); i++) {
		list_to_hdf(r, h, i);
		rc = items_to_hdf(r, h->id, i);
	}
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	page_title(r, "Handover.Title");
	return view_page(r, 200, "handovers.cs");
}

int handover_confirm(struct req *r)
{
	int rc = engine_handover_confirm(r->arg_id, &r->actor);
	if (rc != DB_OK)
		return rc;
	resp_redirect(r, "/handovers");
	return 0;
}
