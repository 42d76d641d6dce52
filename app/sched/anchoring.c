/* anchoring.c - the scheduler's timed anchors of the audit chain. */
#include "sched/anchoring.h"

#include "audit/anchor.h"
#include "audit/anchor_mail.h"
#include "core/log.h"

void anchoring_pass(const struct config *cfg, long long now)
{
	static long long next_try;   /* after a failure: once a minute, not every second */
	struct anchor a;
	char err[600];
	if (next_try - now > 60)
		next_try = 0;   /* the clock was set back past the wait: look again now */
	if (cfg->audit.anchor_minutes <= 0 || now < next_try)
		return;
	int rc = anchor_last(cfg->audit.anchor_file, &a, err, sizeof err);
	/* A clock set back (by hand, or a test) waits until it passes the last anchor again. */
	if (rc == 0 && now < a.at + cfg->audit.anchor_minutes * 60LL)
		return;
	rc = rc < 0 ? -1 : anchor_take(cfg->audit.sign_key_file, cfg->audit.anchor_file, now, &a, err, sizeof err);
	if (rc < 0) {
		log_err("scheduler: audit anchor failed: %s", err);
		next_try = now + 60;
	} else if (rc == 0) {
		log_info("scheduler: audit anchor #%lld signed row %lld", a.seq, a.row);
		if (anchor_mail(cfg->audit.auditors, &a, now) < 0)
			log_err("scheduler: audit anchor #%lld not mailed to the auditors", a.seq);
	}
	else
		next_try = now + 60;   /* the head has not moved: look again in a minute */
}
