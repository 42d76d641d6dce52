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

/* A mail's recipient, as outbox_rcpt found them. */
struct rcpt {
	long long user_id;
	char addr[255];
	char name[129];
	char lang[8];              /* the user's language: the caller writes in it */
	const char *skip;          /* why no mail goes, or NULL */
};

/* outbox_rcpt - look up user_id's address, name and language (one query).
 * An unknown, inactive or address-less user gets skip set, not an error.
 * Returns DB_OK or a negative db_rc. */
int outbox_rcpt(long long user_id, struct rcpt *to);

/*
 * outbox_add - queue one mail to the recipient, inside the caller's db_tx.
 * subject and text
 * are required; html may be NULL or "" (then the mail is text only).  The
 * bodies are sent as given, so they must already contain the link; link
 * itself (an absolute URL or a path, may be NULL) is kept for the admin's
 * outbox view in demo mode.  A user without an address, inactive or
 * unknown gets a row in state 'skipped' instead, so the admin sees why no
 * mail went.  Any user text is fine here: headers are made safe when the
 * message is built.  Returns DB_OK or a negative db_rc (DB_NOTX outside a
 * transaction, DB_ERR for a missing subject/text or an overlong link).
 */
int outbox_add(const struct rcpt *to, const char *subject, const char *text, const char *html, const char *link);

#endif
