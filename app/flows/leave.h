/*
 * leave.h - the leave request type (LV-01..LV-05, LV-12) and its own
 * pages: the form with the types and balances, the rules preview, a
 * certificate added afterwards (LV-03) and reporting back early (销假).
 */
#ifndef LIAISON_FLOW_LEAVE_H
#define LIAISON_FLOW_LEAVE_H

#include "attendance/leave_assess.h"

struct req;

/* leave_input_from_form - the leave's values from r->form (the leave
 * form's fields), for the person the form is for. */
void leave_input_from_form(const struct req *r, long long requester, struct lv_input *in);

/* The leave form's fields plus on_behalf_of (the preview reads them). */

#endif
