/* attach.c - storing, listing and opening attachments. */
#include "engine/attach.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "auth/roles.h"
#include "auth/token.h"
#include "core/clock.h"
#include "core/fault.h"
#include "core/log.h"
#include "core/outcome.h"
#include "core/text.h"
#include "db/db.h"
#include "db/settings.h"
#include "engine/access.h"
#include "engine/attach_disk.h"
#include "engine/attach_sql.h"
#include "engine/calendar.h"
#include "engine/engine.h"
#include "engine/engine_sql.h"
#include "engine/notify.h"

static const char *const kind_names[] = {"pdf", "jpeg", "png", ""};
static const char *const kind_types[] = {"application/pdf", "image/jpeg", "image/png", ""};
static char dir[1024];

void attach_set_dir(const char *data_dir) { snprintf(dir, sizeof dir, "%s/attachments", data_dir); }

enum attach_kind attach_sniff(const unsigned char *d, size_t n)
{
	if (n >= 5 && !memcmp(d, "%PDF-", 5))
		return ATTACH_PDF;
	if (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF)
		return ATTACH_JPEG;
	if (n >= 8 && !memcmp(d, "\x89PNG\r\n\x1a\n", 8))
		return ATTACH_PNG;
	return ATTACH_UNKNOWN;
}

static enum attach_kind kind_of(const char *name)
{
	for (int i = 0; i < 3; i++)
		if (!strcmp(name, kind_names[i]))
			return (enum attach_kind)i;
	return ATTACH_UNKNOWN;
}


int attach_store(const struct actor *a, long long request_id, const struct upload *u, int sensitive,
    const char **error_key)
{
	char stored[65], hash[65], detail[400], shown[260];
	enum attach_kind k = attach_sniff((const unsigned char *)u->data, u->len);
	*error_key = k == ATTACH_UNKNOWN ? "Attach.BadType"
	    : (long long)u->len > setting("attach_max_kb") * 1024 ? "Attach.TooLarge" : NULL;
	if (*error_key)
		return O_REFUSED;
	if (token_new(stored))
		return DB_ERR;
	sha256_hex(u->data, u->len, hash);
	/* The file is in place before its row; a rolled-back transaction
	 * removes it again (attach_disk.h). */
	int err = attach_disk_put(dir, stored, u->data, u->len);
	if (err)
		return attach_disk_full(err) ? O_NO_SPACE : DB_ERR;
	const char *name = u->filename && *u->filename ? u->filename : "file";
	int rc = DB_RUN(ST_ATT_INSERT, NULL, DBI(request_id), DBS(u->label), DBS(name), DBS(kind_names[k]),
	    DBI((long long)u->len), DBS(hash), DBS(stored), DBI(sensitive), DBI(a->id), DBI(clock_now()));
	/* test builds: a failure after file and row, which must take both back */
	if (rc == DB_OK && fault_hit("attach_after_row"))
		rc = DB_ERR;
	text_summary(name, 64, shown, sizeof shown);
	snprintf(detail, sizeof detail, "%s %s sha256=%s", u->label, shown, hash);
	return rc == DB_OK ? audit_by(a, "attachment_add", "request", request_id, detail) : rc;
}

int attach_count(long long request_id, const char *label, long long *n)
{
	struct dbres res;
	int rc = DB_RUN(ST_ATT_COUNT, &res, DBI(request_id), DBS(label));
	const struct count_row *row = count_row_at(&res, 0);
	*n = row ? row->n : 0;
	db_free(&res);
	return rc;
}


struct served {
	long long id, request_id;
	int sensitive;
	char kind[8], sha[65], stored[65], label[25];
};

static int load_row(long long id, struct served *s)
{
	struct dbres res;
	int rc = DB_RUN(ST_ATT_GET, &res, DBI(id));
	const struct att_get *row = att_get_at(&res, 0);
	if (rc != DB_OK || !row) {
		db_free(&res);
		return rc != DB_OK ? rc : O_NOT_FOUND;
	}
	s->id = row->id;
	s->request_id = row->request_id;
	snprintf(s->label, sizeof s->label, "%s", row->label);
	snprintf(s->kind, sizeof s->kind, "%s", row->kind);
	snprintf(s->sha, sizeof s->sha, "%s", row->sha256);
	snprintf(s->stored, sizeof s->stored, "%s", row->stored_name);
	s->sensitive = (int)row->sensitive;
	db_free(&res);
	return 0;
}

struct view_event {
	const struct actor *a;
	const struct served *s;
	const char *action;
	const char *alert;         /* "missing", "tampered" or NULL for a view */
};

/* A missing or swapped file is reported to every admin. */
static int tell_admins(const struct view_event *v, const char *detail)
{
	struct dbres res;
	const struct user_id_row *u;
	int rc = DB_RUN(ST_WHO_ROLE, &res, DBI(ROLE_ADMIN));
	for (size_t i = 0; rc == DB_OK && (u = user_id_row_at(&res, i)); i++)
		rc = notify_about(u->id, v->s->request_id, v->action, detail, clock_now());
	db_free(&res);
	return rc;
}

/* A view is audited each time; a missing or tampered file only the first
 * time of the day (audit row and admins' notices together), however often
 * it is asked for, so a broken file cannot flood either. */
static int audit_tx(void *ctx)
{
	struct view_event *v = ctx;
	char detail[160];
	snprintf(detail, sizeof detail, "attachment %lld %s", v->s->id, v->s->label);
	if (!v->alert)
		return audit_by(v->a, v->action, "request", v->s->request_id, detail);
	struct dbres res;
	long long now = (long long)clock_now();
	int rc = DB_RUN(ST_ATT_ALERT_ONCE, &res, DBI(v->s->id), DBS(v->alert), DBI(cal_utc_to_day(now)), DBI(now));
	int first = rc == DB_OK && res.affected > 0;
	db_free(&res);
	if (first)
		rc = audit_by(v->a, v->action, "request", v->s->request_id, detail);
	if (first && rc == DB_OK)
		rc = tell_admins(v, detail);
	return rc;
}

/* The stored file against its row: 0 (o->data holds it), O_NOT_FOUND when
 * it is gone, O_CONFLICT when its SHA-256 differs, or DB_ERR when it cannot
 * be read; the two alerts are recorded and reported. */
static int check_file(const struct actor *a, const struct served *s, struct opened *o)
{
	char hash[65];
	int err = attach_disk_get(dir, s->stored, &o->data, &o->len);
	if (err && err != ENOENT) {
		log_err("attach: attachment %lld cannot be read: errno %s: %s", s->id, strerrorname_np(err),
		    strerror(err));
		return DB_ERR;
	}
	if (!err)
		sha256_hex(o->data, o->len, hash);
	if (!err && !strcmp(hash, s->sha))
		return 0;
	attach_close(o);
	struct view_event ev = {a, s, err ? "attachment_missing" : "attachment_tampered", err ? "missing" : "tampered"};
	int rc = db_tx(audit_tx, &ev);
	log_err("attach: attachment %lld %s", s->id, err ? "is missing: its file is not on disk"
	    : "does not match its recorded SHA-256");
	return rc < 0 ? rc : err ? O_NOT_FOUND : O_CONFLICT;
}

int attach_open(const struct actor *a, long long id, struct opened *o)
{
	struct served s;
	struct request_head h;
	memset(o, 0, sizeof *o);
	int rc = load_row(id, &s);
	if (rc == DB_OK)
		rc = request_head_load(s.request_id, &h);
	if (rc != DB_OK)
		return rc;
	int may = may_see_file(a, &h, s.sensitive);
	if (may <= 0)
		return may < 0 ? may : O_FORBIDDEN;
	if ((rc = check_file(a, &s, o)) != 0)
		return rc;
	struct view_event ev = {a, &s, "attachment_view", NULL};
	rc = s.sensitive ? db_tx(audit_tx, &ev) : DB_OK;
	if (rc != DB_OK) {
		attach_close(o);
		return rc;
	}
	o->id = s.id;
	snprintf(o->kind, sizeof o->kind, "%s", s.kind);
	o->mime = kind_types[kind_of(s.kind)];
	return 0;
}

void attach_close(struct opened *o)
{
	free(o->data);
	o->data = NULL;
	o->len = 0;
}
