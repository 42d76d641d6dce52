/*
 * outgoing.h - the rows a transaction sends out: in-app notices and their
 * mail, which carries the approval link when there is one.  They are
 * queued in memory while the transaction runs and written just before its
 * COMMIT, up to eight rows a statement, so they exist exactly when the
 * event commits, as if written one by one.
 * A rolled-back or retried transaction forgets its queue.
 */
#ifndef LIAISON_ENGINE_OUTGOING_H
#define LIAISON_ENGINE_OUTGOING_H

struct new_link;

/* out_notice - a notice of kind to user about request_id (0: none). */
int out_notice(long long user, long long request_id, const char *kind, const char *text, long long now);

/* out_mail - the mail of a notice: what to say (kind, request, link path
 * or ""), in the recipient's language; their address and name are taken
 * as they are at commit, or the row is 'skipped' with why.  With link, the
 * mail keeps the link's life, bound to the request's version as the
 * transaction leaves it. */
int out_mail(long long user, const char *kind, long long request_id, const char *path, const struct new_link *link,
    long long now);

#endif
