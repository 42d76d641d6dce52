/*
 * handovers.h - AU-05's hand-over lists as their manager sees them: what
 * someone who left or moved held (the steps handed on, their own open
 * requests), and the confirmation that it was handed over.
 */
#ifndef LIAISON_HANDOVERS_H
#define LIAISON_HANDOVERS_H

struct req;

/* GET /handovers - the lists to confirm, and the ones confirmed (manager and admins). */
int handovers_page(struct req *r);
/* POST /handovers/:id/confirm - the manager confirms a list. */
int handover_confirm(struct req *r);

#endif
