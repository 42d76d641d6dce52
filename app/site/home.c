/* home.c - start page and health check. */
#include "site/home.h"

#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

int home_page(struct req *r)
{
	page_title(r, "Home.Title");
	return view_page(r, 200, "home.cs");
}

int healthz(struct req *r)
{
	resp_send(r, 200, "text/plain; charset=utf-8", "ok\n", 3);
	return 0;
}
