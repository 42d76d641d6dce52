/* deliver.c - claim one due message, send it, record the outcome. */
#include "mailer/deliver.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "auth/token.h"
#include "core/config.h"
#include "core/fault.h"
#include "core/log.h"
#include "db/db.h"
#include "mailer/compose.h"
#include "mailer/mail_format.h"
#include "mailer/mailer_sql.h"
#include "mailer/transport.h"

#define ERROR_MAX 250      /* outbox.last_error holds 255 characters */
#define FINISH_TRIES 5
#define SEND_FAILED (-100)  /* deliver's "tried and failed" (err says why), apart from every db rc */

int deliver_init(struct deliverer *d, const struct config *cfg, char *err, size_t errlen)
{
	char name[256], addr[256], host[64] = "localhost";
	memset(d, 0, sizeof *d);
	d->command = cfg->mail_command;
	d->from = cfg->mail_from;
	d->secret = cfg->secret_key;
	d->keep_bodies = cfg->demo;
	d->base_url = cfg->base_url;
	if (mail_parse_from(cfg->mail_from, name, sizeof name, addr, sizeof addr)) {
		snprintf(err, errlen, "configuration: Liaison.Mail.From is not \"Name <address>\" or an address");
		return -1;
	}
	snprintf(d->domain, sizeof d->domain, "%s", strchr(addr, '@') + 1);
	gethostname(host, sizeof host - 1);
	host[sizeof host - 1] = '\0';
	snprintf(d->worker, sizeof d->worker, "%.60s:%d", host, (int)getpid());
	int n = snprintf(d->mail_dir, sizeof d->mail_dir, "%s/mail", cfg->data_dir);
	if (n < 0 || (size_t)n >= sizeof d->mail_dir) {
		snprintf(err, errlen, "configuration: Liaison.DataDir is too long");
		return -1;
	}
	if (*d->command)
		return 0;
	if ((mkdir(d->mail_dir, 0750) && errno != EEXIST) || access(d->mail_dir, W_OK)) {
		snprintf(err, errlen, "cannot write to the mail folder %s: %s", d->mail_dir, strerror(errno));
		return -1;
	}
	return 0;
}

struct claim {
	const struct deliverer *d;
	long long now, id, request_id, created;
	int attempt;
	int unsure;                /* the last claim began delivering and died before saying how it went */
	char *to_addr, *to_name, *subject, *text, *html;
	char notice[25], lang[9], link[1025];
};

static void claim_clear(struct claim *c)
{
	free(c->to_addr);
	free(c->to_name);
	free(c->subject);
	free(c->text);
	free(c->html);
	c->to_addr = c->to_name = c->subject = c->text = c->html = NULL;
}

static char *dup_text(const char *s, int *bad)
{
	char *p = s ? strdup(s) : NULL;
	if (s && !p)
		*bad = 1;
	return p;
}

static int take_row(struct claim *c, const struct outbox_pick *row)
{
	int bad = 0;
	c->id = row->id;
	c->attempt = (int)row->attempts + 1;
	c->to_addr = dup_text(row->to_addr, &bad);
	c->to_name = dup_text(row->to_name, &bad);
	c->subject = dup_text(row->subject, &bad);
	c->text = dup_text(row->body_text, &bad);
	c->html = dup_text(row->body_html, &bad);
	c->request_id = row->request_id;
	snprintf(c->notice, sizeof c->notice, "%s", row->notice);
	snprintf(c->lang, sizeof c->lang, "%s", row->lang);
	snprintf(c->link, sizeof c->link, "%s", row->link);
	c->created = row->created;
	c->unsure = !strcmp(row->state, "sending") && row->delivery_began > 0 && row->delivery_began == row->attempts;
	return bad ? DB_ERR : DB_OK;
}

/* The claim: runs again from the top when the transaction is retried. */
static int claim_tx(void *ctx)
{
	struct claim *c = ctx;
	struct dbres res;
	claim_clear(c);
	int rc = DB_RUN(ST_OUTBOX_PICK, &res, DBI(c->now));
	const struct outbox_pick *row = outbox_pick_at(&res, 0);
	if (rc == DB_OK && !row)
		rc = DELIVER_IDLE;
	if (rc == DB_OK)
		rc = take_row(c, row);
	db_free(&res);
	if (rc == DB_OK)
		rc = DB_RUN(ST_OUTBOX_CLAIM, NULL, DBI(c->now), DBS(c->d->worker), DBI(c->now + DELIVER_CLAIM_TIMEOUT),
		    DBI(c->id));
	return rc;
}

/* The same outbox row keeps its Message-ID on every attempt, so a retry
 * after an unclear failure can be recognised as the same mail (and its
 * .eml file found).  The row's creation time is in it because ids start
 * again below old files' after a restore from backup. */
static void message_id(const struct claim *c, char *out, size_t outlen)
{
	char seed[256], hash[65];
	snprintf(seed, sizeof seed, "%s:outbox:%lld:%lld", c->d->secret, c->id, c->created);
	sha256_hex(seed, strlen(seed), hash);
	snprintf(out, outlen, "%lld.%.20s@%s", c->id, hash, c->d->domain);
}

static int build_and_send(const struct claim *c, const char *msgid, char *err, size_t errlen, int *permanent)
{
	char token[TOKEN_HEX + 1];
	struct mail_buf msg;
	if (token_new(token)) {
		snprintf(err, errlen, "no random numbers for the MIME boundary");
		return -1;
	}
	token[32] = '\0';
	struct mail_msg m = {c->d->from, c->to_addr, c->to_name ? c->to_name : "", c->subject ? c->subject : "",
	    c->text ? c->text : "", c->html, msgid, token, (time_t)c->now};
	int rc = mail_build(&m, &msg);
	*permanent = rc == MAIL_BAD_TO;
	if (rc) {
		snprintf(err, errlen, "%s", rc == MAIL_BAD_TO ? "the recipient address is not valid"
		    : rc == MAIL_NOMEM ? "out of memory building the message" : "the message could not be built");
		return -1;
	}
	struct transport_job job = {c->id, c->attempt, c->to_addr, &msg, msgid};
	rc = transport_send(c->d->command, c->d->mail_dir, &job, err, errlen);
	mail_buf_free(&msg);
	return rc;
}

struct outcome {
	const struct claim *c;
	int sent;
	const char *state;
	long long next;            /* 0: none */
	const char *error;
	int applied;
};

static int finish_tx(void *ctx)
{
	struct outcome *o = ctx;
	const struct claim *c = o->c;
	struct dbres res;
	int rc;
	/* The row keeps what was sent; outside demo mode only its subject, as
	 * the bodies and the link carry an approval-link token, which is
	 * otherwise stored only as its hash. */
	if (!o->sent)
		rc = DB_RUN(ST_OUTBOX_FAILED, &res, DBS(o->state), o->next ? DBI(o->next) : DBN, DBS(o->error), DBI(c->id),
		    DBS(c->d->worker), DBI(c->attempt));
	else if (c->d->keep_bodies)
		rc = DB_RUN(ST_OUTBOX_SENT, &res, DBI(c->now), DBS(c->subject), DBS(c->text), DBS(c->html), DBI(c->id),
		    DBS(c->d->worker), DBI(c->attempt));
	else
		rc = DB_RUN(ST_OUTBOX_SENT_FORGET, &res, DBI(c->now), DBS(c->subject), DBI(c->id), DBS(c->d->worker),
		    DBI(c->attempt));
	o->applied = rc == DB_OK && res.affected > 0;
	db_free(&res);
	return rc;
}

/* The message went (or not) whatever the database says now, so the
 * outcome is worth a few tries; if they all fail the claim times out and
 * the message is sent again. */
static int record(struct outcome *o)
{
	int rc = DB_ERR;
	for (int i = 0; i < FINISH_TRIES; i++) {
		rc = db_tx(finish_tx, o);
		if (rc != DB_GONE)
			break;
		sleep(1);
	}
	if (rc != DB_OK)
		log_err("mailer: #%lld attempt %d: could not record the outcome", o->c->id, o->c->attempt);
	else if (!o->applied)
		log_err("mailer: #%lld attempt %d: the claim was taken over meanwhile", o->c->id, o->c->attempt);
	return rc;
}

static int fail_outcome(const struct claim *c, char *err, int permanent)
{
	err[mail_utf8_prefix(err, ERROR_MAX)] = '\0';
	int give_up = permanent || c->attempt >= MAIL_MAX_ATTEMPTS;
	long wait = mail_backoff(c->attempt);
	struct outcome o = {c, 0, give_up ? "failed" : "queued", give_up ? 0 : c->now + wait, err, 0};
	if (give_up)
		log_err("mailer: #%lld attempt %d failed, giving up: %s", c->id, c->attempt, err);
	else
		log_err("mailer: #%lld attempt %d failed, next try in %ld s: %s", c->id, c->attempt, wait, err);
	int rc = record(&o);
	return rc == DB_OK ? DELIVER_FAILED : rc;
}

/* A notice queued as what to say is written now, in the recipient's
 * language; a row queued with its bodies (before that) is sent as it is. */
static int write_mail(struct claim *c, char *err, size_t errlen)
{
	char subject[1024];
	struct mail_facts f = {c->notice, c->lang, c->request_id, c->link, "", ""};
	STRING text, html;
	if (c->text)
		return 0;
	if (mail_facts_load(&f) != DB_OK) {
		snprintf(err, errlen, "the request of the notice could not be read");
		return -1;
	}
	string_init(&text);
	string_init(&html);
	int rc = mail_compose(&f, c->d->base_url, subject, sizeof subject, &text, &html);
	int bad = 0;
	if (rc == 0) {
		c->subject = dup_text(subject, &bad);
		c->text = dup_text(text.buf ? text.buf : "", &bad);
		c->html = html.buf ? dup_text(html.buf, &bad) : NULL;
	}
	string_clear(&text);
	string_clear(&html);
	if (rc || bad)
		snprintf(err, errlen, "the message could not be written");
	return rc || bad ? -1 : 0;
}

/* Test builds: a mailer dies here, as if killed, when a test arms point. */
static void crash_at(const char *point)
{
	if (fault_hit(point)) {
		log_err("mailer: fault %s injected: dying now", point);
		kill(getpid(), SIGKILL);
	}
}

static int begin_tx(void *ctx)
{
	struct outcome *o = ctx;
	struct dbres res;
	int rc = DB_RUN(ST_OUTBOX_BEGIN, &res, DBI(o->c->id), DBS(o->c->d->worker), DBI(o->c->attempt));
	o->applied = rc == DB_OK && res.affected > 0;
	db_free(&res);
	return rc;
}

/* "sending" is committed for this claim before anything leaves, so a claim
 * delivers at most once, and the next claim knows whether this one began:
 * DB_OK to go on, DELIVER_FAILED when the claim is no longer ours. */
static int begin_delivery(const struct claim *c)
{
	struct outcome o = {c, 0, "", 0, "", 0};
	int rc = db_tx(begin_tx, &o);
	if (rc == DB_OK && !o.applied) {
		log_err("mailer: #%lld attempt %d: the claim was taken over before delivery; not sent", c->id,
		    c->attempt);
		return DELIVER_FAILED;
	}
	if (rc == DB_OK && c->unsure)
		log_err("mailer: #%lld attempt %d: the previous attempt died while handing the message to the command;"
		    " sending again (it may arrive twice)", c->id, c->attempt);
	return rc;
}

/* Delivered now, or found delivered by an earlier claim (its .eml under
 * the Message-ID): 0, TRANSPORT_ALREADY, DELIVER_FAILED (claim lost),
 * SEND_FAILED with the reason in err, or a db rc. */
static int deliver(struct claim *c, char *err, size_t errlen, int *permanent)
{
	char msgid[320];
	message_id(c, msgid, sizeof msgid);
	if (transport_sent_before(c->d->command, c->d->mail_dir, msgid))
		return TRANSPORT_ALREADY;
	int rc = begin_delivery(c);
	if (rc != DB_OK)
		return rc;
	rc = build_and_send(c, msgid, err, errlen, permanent);
	return rc < 0 ? SEND_FAILED : rc;
}

int deliver_next(const struct deliverer *d, long long now)
{
	struct claim c;
	memset(&c, 0, sizeof c);
	c.d = d;
	c.now = now;
	int rc = DB_RUN0(ST_OUTBOX_READ_COMMITTED, NULL);
	if (rc == DB_OK)
		rc = db_tx(claim_tx, &c);
	if (rc != DB_OK) {
		claim_clear(&c);
		return rc;
	}
	crash_at("mailer_after_claim");
	char err[512] = "";
	int permanent = 0;
	rc = write_mail(&c, err, sizeof err) ? SEND_FAILED : deliver(&c, err, sizeof err, &permanent);
	crash_at("mailer_after_delivery");
	if (rc == SEND_FAILED) {
		rc = fail_outcome(&c, err, permanent);
	} else if (rc == 0 || rc == TRANSPORT_ALREADY) {
		struct outcome o = {&c, 1, "sent", 0, "", 0};
		if (rc == TRANSPORT_ALREADY)
			log_info("mailer: #%lld attempt %d: already delivered by an earlier attempt (its .eml exists);"
			    " not sent again", c.id, c.attempt);
		else
			log_info("mailer: #%lld attempt %d sent", c.id, c.attempt);
		rc = record(&o);
		rc = rc == DB_OK ? DELIVER_SENT : rc;
	}
	claim_clear(&c);
	return rc;
}
