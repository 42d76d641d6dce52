/* home.c - start page and health check. */
#include "site/home.h"

#include <stdio.h>

#include "engine/flow.h"
#include "engine/lists.h"
#include "http/req.h"
#include "http/resp.h"
#include "pages/flow_page.h"
#include "site/home_panels.h"
#include "view/page.h"
#include "view/view.h"

/* The start page: what waits for me, and a way to file each kind of request. */
int home_page(struct req *r)
{
	long long waiting = 0;
	const struct flow_page *f;
	list_inbox_count(r->user.id, &waiting);
	page_set_int(r, waiting, "Home.Waiting");
	for (size_t i = 0, k = 0; (f = flow_page_at(i)); i++) {
		if (!f->form || f->flow->hidden)
			continue;
		page_set(r, f->flow->type, "Types.%zu.Key", k);
		page_set_label(r, "Type", f->flow->type, "Types.%zu.Name", k++);
	}
	int rc = home_panels(r);
	if (rc != 0)
		return rc;
	page_title(r, "Home.Title");
	return view_page(r, 200, "home.cs");
}

int healthz(struct req *r)
{
	resp_send(r, 200, "text/plain; charset=utf-8", "ok\n", 3);
	return 0;
}
