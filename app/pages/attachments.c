/* attachments.c - serving an attachment the engine opened. */
#include "pages/attachments.h"

#include <stdio.h>

#include "db/db.h"
#include "engine/attach.h"
#include "engine/engine.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/view.h"

int page_attachment(struct req *r)
{
	struct opened o;
	int rc = attach_open(&r->actor, r->arg_id, &o);
	if (rc == O_CONFLICT)
		return view_error_text(r, 409, "Attach.TamperedTitle", "Attach.Tampered");
	if (rc != DB_OK)
		return rc;
	char disp[64];
	snprintf(disp, sizeof disp, "attachment; filename=\"attachment-%lld.%s\"", o.id, o.kind);
	req_header_add(r, "Content-Disposition", disp);
	resp_send(r, 200, o.mime, o.data, o.len);
	attach_close(&o);
	return 0;
}
