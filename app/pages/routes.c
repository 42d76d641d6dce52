/* routes.c - the URLs of the shared request pages, with who may call them
 * and the fields each reads (a type's form joined with the page's own). */
#include "pages/routes.h"

#include <stddef.h>

#include "http/router.h"
#include "pages/attachments.h"
#include "pages/fields.h"
#include "pages/links.h"
#include "pages/lists.h"
#include "pages/pages.h"

static const struct route routes[] = {
	TYPED("GET", "/new/:name", page_new_form, fields_new),
	TYPED("POST", "/new/:name", page_new_submit, fields_new),
	TYPED("POST", "/new/:name/check", page_new_check, fields_new),
	ROUTE("GET", "/requests/:id", page_request, 0, 0, &fields_view),
	ROUTE("GET", "/requests/:id/print", page_request_print, 0, 0, NULL),
	ROUTE("POST", "/requests/:id/decide", page_decide, 0, 0, &fields_decide),
	TYPED("POST", "/requests/:id/task/:name", page_task, fields_task),
	ROUTE("POST", "/requests/:id/withdraw", page_withdraw, 0, 0, &fields_own),
	ROUTE("POST", "/requests/:id/cancel", page_cancel, 0, 0, &fields_own),
	ROUTE("GET", "/requests/:id/edit", page_edit_form, 0, 0, NULL),
	TYPED("POST", "/requests/:id/edit/:name", page_edit_submit, fields_edit),
	ROUTE("GET", "/attachments/:id", page_attachment, 0, 0, NULL),
	ROUTE("GET", "/a/:token", page_link, R_PUBLIC, 0, NULL),
	ROUTE("POST", "/a/:token", page_link_decide, 0, 0, &fields_decide),
	ROUTE("GET", "/inbox", page_list, 0, 0, &fields_list),
	ROUTE("GET", "/mine", page_list, 0, 0, &fields_list),
	ROUTE("GET", "/lists/:name", page_list, 0, 0, &fields_list),
	ROUTE("GET", "/lists/:name/csv", page_list_csv, 0, 0, &fields_list),
	ROUTE("POST", "/lists/inbox/bulk", page_bulk_approve, 0, 0, &fields_bulk),
};

ROUTE_TABLE(pages_table, routes);
