/*
 * notify.h - telling people: an in-app notice and its mail, both written
 * inside the transaction of the event, so they exist exactly when the
 * event commits.  The mail is queued as what to say (the notice's kind,
 * the request, the approval link's path) in the recipient's language;
 * the delivery worker writes the words (mailer/compose.h).
 */
#ifndef LIAISON_ENGINE_NOTIFY_H
#define LIAISON_ENGINE_NOTIFY_H

struct locked;
struct new_link;

/* notify - a notice of kind (step_waiting, approved, ...) to user about
 * the locked request; its mail carries link when there is one (NULL: none). */
int notify(const struct locked *q, long long user, const char *kind, const struct new_link *link);

/* notify_step - a new approval link for user on step, and its notice. */
int notify_step(const struct locked *q, long long step, long long user);

/* notify_about - a notice of kind to user about request id (0: none)
 * outside a locked change (an attachment found swapped, told to admins;
 * a hand-over list to confirm). */
int notify_about(long long user, long long request_id, const char *kind, const char *text, long long now);

#endif
