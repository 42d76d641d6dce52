/* outbox.c - writing outbox rows inside the caller's transaction. */
#include "mailer/outbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "core/log.h"
#include "db/db.h"

/* The byte length of the first max characters of a UTF-8 string. */
static size_t utf8_chars(const char *s, size_t max)
{
	size_t i = 0, chars = 0;
	for (; s[i]; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == max)
			break;
	}
	return i;
}

int outbox_rcpt(long long user_id, struct rcpt *to)
{
	struct dbres res;
	int rc = DB_RUN(ST_OUTBOX_USER, &res, DBI(user_id));
	memset(to, 0, sizeof *to);
	to->user_id = user_id;
	if (rc == DB_OK && res.nrows == 0)
		to->skip = "no such user";
	else if (rc == DB_OK) {
		snprintf(to->addr, sizeof to->addr, "%s", db_str(&res, 0, 0));
		snprintf(to->name, sizeof to->name, "%s", db_str(&res, 0, 1));
		snprintf(to->lang, sizeof to->lang, "%s", db_str(&res, 0, 3));
		if (!to->addr[0])
			to->skip = "the user has no email address";
		else if (!db_int(&res, 0, 2))
			to->skip = "the user is inactive";
	}
	db_free(&res);
	return rc;
}

int outbox_add(const struct rcpt *to, const char *subject, const char *text, const char *html, const char *link)
{
	if (!subject || !text || (link && strlen(link) >= OUTBOX_LINK_MAX)) {
		log_err("outbox: refused a mail for user %lld without subject or text, or with an overlong link", to->user_id);
		return DB_ERR;
	}
	size_t n = utf8_chars(subject, OUTBOX_SUBJECT_CHARS);
	char *subj = malloc(n + 1);
	if (!subj)
		return DB_ERR;
	memcpy(subj, subject, n);
	subj[n] = '\0';
	long long now = (long long)clock_now();
	int rc = DB_RUN(ST_OUTBOX_INSERT, NULL, DBI(to->user_id), DBS(to->addr), DBS(to->name), DBS(subj), DBS(text),
	    html && *html ? DBS(html) : DBN, DBS(link ? link : ""), DBS(to->skip ? "skipped" : "queued"),
	    to->skip ? DBN : DBI(now), DBS(to->skip ? to->skip : ""), DBI(now));
	free(subj);
	return rc;
}
