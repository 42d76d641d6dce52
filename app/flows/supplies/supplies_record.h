/* supplies_record.h - the hand-out of a reported request, row by row
 * (OS-01): what it is checked against and how it is written.  The same
 * checks serve the hand-out page (every problem beside its field) and the
 * task step's hook (the authority, inside the engine's transaction). */
#ifndef LIAISON_SUPPLIES_RECORD_H
#define LIAISON_SUPPLIES_RECORD_H

#include <stddef.h>

#include "flows/supplies/supplies_rows.h"

struct flow_ctx;
struct rvals;

/* What a hand-out is checked against: the request's rows and kind, and
 * whether its report has been sent. */
struct sup_handout {
	size_t n;
	struct sup_line lines[SUP_ROWS];
	int asset;
	int reported;       /* in a report */
	int sent;           /* in a report that was sent */
	long long report_id;
	int handed;         /* recorded already */
};

/* sup_handout_load - the request's rows and state for a hand-out; 0 or a
 * db rc (O_NOT_FOUND when the request has no supplies row). */
int sup_handout_load(long long request_id, struct sup_handout *h);

/* sup_handout_errors - every problem of the hand-out in (fields of the
 * task form) into errs (at most max), including asset tags already given
 * to someone else; *n gets how many.  0 or a db rc. */
int sup_handout_errors(const struct sup_handout *h, const struct rvals *in, struct sup_err *errs, size_t max,
    size_t *n);

/* sup_record_handout - the task step's hook: refused unless the report was
 * sent and the hand-out keeps every rule; then each row's quantity and
 * tags, each asset under its tag, the note, and an audit event. */
int sup_record_handout(struct flow_ctx *c);

#endif
