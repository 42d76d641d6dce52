/* anchoring.h - the scheduler's part in the audit anchors: every
 * Liaison.Audit.AnchorMinutes, sign the chain's head into the anchor file
 * (only when the head moved since the last anchor). */
#ifndef LIAISON_SCHED_ANCHORING_H
#define LIAISON_SCHED_ANCHORING_H

#include "core/config.h"

/* anchoring_pass - take an anchor if one is due at now. */
void anchoring_pass(const struct config *cfg, long long now);

#endif
