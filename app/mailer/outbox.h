/*
 * outbox.h - queueing a notification mail.
 *
 * The engine calls outbox_add inside the transaction that decided
 * something, so the mail exists exactly when the decision commits; the
 * delivery worker (liaison-mailer, mailer/main.c) sends it later.
 */
#ifndef LIAISON_OUTBOX_H
#define LIAISON_OUTBOX_H

#define OUTBOX_SUBJECT_CHARS 255     /* longer subjects are cut (outbox.subject) */
#define OUTBOX_LINK_MAX 1024         /* bytes; outbox.link */

/*
 * outbox_add - queue one mail to user_id, inside the caller's db_tx.  The
 * user's address and display name are looked up here.  subject and text
 * are required; html may be NULL or "" (then the mail is text only).  The
 * bodies are sent as given, so they must already contain the link; link
 * itself (an absolute URL or a path, may be NULL) is kept for the admin's
 * outbox view in demo mode.  A user without an address, inactive or
 * unknown gets a row in state 'skipped' instead, so the admin sees why no
 * mail went.  Any user text is fine here: headers are made safe when the
 * message is built.  Returns DB_OK or a negative db_rc (DB_NOTX outside a
 * transaction, DB_ERR for a missing subject/text or an overlong link).
 */
int outbox_add(long long user_id, const char *subject, const char *text, const char *html, const char *link);

#endif
