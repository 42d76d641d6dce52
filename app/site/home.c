/* home.c - start page and health check. */
#include "site/home.h"

#include <stdio.h>

#include "db/db.h"
#include "engine/flow.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

/* The start page: what waits for me, and a way to file each kind of request. */
int home_page(struct req *r)
{
	struct dbres res;
	size_t n;
	int rc = DB_RUN(ST_INBOX_COUNT, &res, DBI(r->user.id));
	page_set_int(r, rc == DB_OK ? db_int(&res, 0, 0) : 0, "Home.Waiting");
	db_free(&res);
	const struct flow *const *flows = flow_all(&n);
	for (size_t i = 0, k = 0; i < n; i++) {
		if (!flows[i]->form)
			continue;
		page_set(r, flows[i]->type, "Types.%zu.Key", k);
		page_set_label(r, "Type", flows[i]->type, "Types.%zu.Name", k++);
	}
	page_title(r, "Home.Title");
	return view_page(r, 200, "home.cs");
}

int healthz(struct req *r)
{
	resp_send(r, 200, "text/plain; charset=utf-8", "ok\n", 3);
	return 0;
}
