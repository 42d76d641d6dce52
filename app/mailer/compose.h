/*
 * compose.h - a notice's mail in the recipient's language, written when
 * it is sent (and when an admin reads the outbox): the words come from the
 * language files and the mail templates, the facts from the request and
 * the outbox row.  Decisions only queue what to say (engine/notify.h).
 */
#ifndef LIAISON_COMPOSE_H
#define LIAISON_COMPOSE_H

#include <ClearSilver.h>

/* What a mail says. */
struct mail_facts {
	const char *notice;      /* step_waiting, approved, ... */
	const char *lang;        /* the recipient's */
	long long request_id;
	const char *link;        /* the approval link's path ("/a/<token>") or "" */
	char number[24];
	char title[1600];        /* the kind's name and the title, in lang */
};

/* mail_facts_load - the request's number and title into f; DB_OK or a db rc. */
int mail_facts_load(struct mail_facts *f);

/* mail_compose - subject (outlen bytes), text and html (STRINGs the caller
 * initialised and clears) for f, links under base_url; 0, or -1 with the
 * reason logged. */
int mail_compose(const struct mail_facts *f, const char *base_url, char *subject, size_t outlen, STRING *text,
    STRING *html);

#endif
