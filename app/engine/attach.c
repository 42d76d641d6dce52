/* attach.c - storing, listing and serving attachments. */
#include "engine/attach.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit/audit.h"
#include "auth/roles.h"
#include "auth/token.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/log.h"
#include "core/settings.h"
#include "db/db.h"
#include "engine/access.h"
#include "http/params.h"
#include "http/req.h"
#include "http/resp.h"
#include "view/page.h"
#include "view/view.h"

static const char *const kind_names[] = {"pdf", "jpeg", "png", ""};
static const char *const kind_types[] = {"application/pdf", "image/jpeg", "image/png", ""};

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

static void path_of(const struct req *r, const char *stored, char *out, size_t outlen)
{
	snprintf(out, outlen, "%s/attachments/%s", r->cfg->data_dir, stored);
}

/* Written whole and synced before the row commits; a rolled-back upload
 * leaves an unreferenced file, never a row without its file. */
static int write_file(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0)
		return -1;
	size_t done = 0;
	while (done < len) {
		ssize_t w = write(fd, data + done, len - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		done += (size_t)w;
	}
	int ok = done == len && fsync(fd) == 0;
	return close(fd) == 0 && ok ? 0 : -1;
}

int attach_save(struct req *r, long long request_id, const char *label, int sensitive,
    const struct param *p, const char **error_key)
{
	char stored[65], hash[65], path[1024], detail[400];
	enum attach_kind k = attach_sniff((const unsigned char *)p->value, p->len);
	if (k == ATTACH_UNKNOWN) {
		*error_key = "Attach.BadType";
		return ATTACH_REFUSED;
	}
	if ((long long)p->len > setting("attach_max_kb") * 1024) {
		*error_key = "Attach.TooLarge";
		return ATTACH_REFUSED;
	}
	if (token_new(stored))
		return DB_ERR;
	sha256_hex(p->value, p->len, hash);
	path_of(r, stored, path, sizeof path);
	if (write_file(path, p->value, p->len)) {
		log_err("attach: cannot write %s", path);
		return DB_ERR;
	}
	int rc = DB_RUN(ST_ATT_INSERT, NULL, DBI(request_id), DBS(label), DBS(p->filename ? p->filename : "file"),
	    DBS(kind_names[k]), DBI((long long)p->len), DBS(hash), DBS(stored), DBI(sensitive), DBI(r->user.id),
	    DBI(clock_now()));
	snprintf(detail, sizeof detail, "%s %s sha256=%s", label, p->filename ? p->filename : "", hash);
	return rc == DB_OK ? audit_req(r, "attachment_add", "request", request_id, detail) : rc;
}

int attach_count(long long request_id, const char *label, long long *n)
{
	struct dbres res;
	int rc = DB_RUN(ST_ATT_COUNT, &res, DBI(request_id), DBS(label));
	*n = db_int(&res, 0, 0);
	db_free(&res);
	return rc;
}

int attach_list_hdf(struct req *r, long long request_id, const char *name)
{
	struct dbres res;
	int rc = DB_RUN(ST_ATT_OF_REQ, &res, DBI(request_id));
	static const char *const cols[] = {"Id", "Label", "Name", "Kind", "Size"};
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++) {
		for (size_t c = 0; c < 5; c++)
			page_set(r, db_str(&res, i, c), "%s.%zu.%s", name, i, cols[c]);
		page_set_time(r, db_int(&res, i, 5), "%s.%zu.At", name, i);
	}
	db_free(&res);
	return rc;
}

struct served {
	long long id, request_id;
	int sensitive;
	char name[256], kind[8], sha[65], stored[65], label[25];
};

static int load_row(long long id, struct served *s)
{
	struct dbres res;
	int rc = DB_RUN(ST_ATT_GET, &res, DBI(id));
	if (rc != DB_OK || res.nrows != 1) {
		db_free(&res);
		return rc != DB_OK ? (rc == DB_GONE ? 503 : 500) : 404;
	}
	s->id = db_int(&res, 0, 0);
	s->request_id = db_int(&res, 0, 1);
	snprintf(s->label, sizeof s->label, "%s", db_str(&res, 0, 2));
	snprintf(s->name, sizeof s->name, "%s", db_str(&res, 0, 3));
	snprintf(s->kind, sizeof s->kind, "%s", db_str(&res, 0, 4));
	snprintf(s->sha, sizeof s->sha, "%s", db_str(&res, 0, 6));
	snprintf(s->stored, sizeof s->stored, "%s", db_str(&res, 0, 7));
	s->sensitive = (int)db_int(&res, 0, 8);
	db_free(&res);
	return 0;
}

/* Medical files: the requester, the request's approvers and the
 * attendance clerk - not a department head looking on, not an admin. */
static int may_see(struct req *r, const struct served *s, const struct request_head *h)
{
	if (!s->sensitive)
		return may_view(r, h);
	if (r->user.id == h->requester || r->user.id == h->filed_by || (r->user.roles & ROLE_CLERK))
		return 1;
	struct dbres res;
	int rc = DB_RUN(ST_ASG_IS_ON, &res, DBI(h->id), DBI(r->user.id));
	int on = rc == DB_OK && db_int(&res, 0, 0) > 0;
	db_free(&res);
	return rc != DB_OK ? -1 : on;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	if (!f)
		return NULL;
	char *buf = fstat(fileno(f), &st) == 0 ? malloc((size_t)st.st_size + 1) : NULL;
	*len = buf ? fread(buf, 1, (size_t)st.st_size, f) : 0;
	fclose(f);
	if (buf && *len != (size_t)st.st_size) {
		free(buf);
		return NULL;
	}
	return buf;
}

struct view_event {
	struct req *r;
	const struct served *s;
	const char *action;
};

/* A swapped file is reported to every admin, not only written down. */
static int tell_admins(const struct view_event *v, const char *detail)
{
	struct dbres res;
	int rc = DB_RUN(ST_WHO_ROLE, &res, DBI(ROLE_ADMIN));
	for (size_t i = 0; rc == DB_OK && i < res.nrows; i++)
		rc = DB_RUN(ST_NOTE_INSERT, NULL, DBI(db_int(&res, i, 0)), DBI(v->s->request_id), DBS(v->action),
		    DBS(detail), DBI(clock_now()));
	db_free(&res);
	return rc;
}

static int audit_tx(void *ctx)
{
	struct view_event *v = ctx;
	char detail[160];
	snprintf(detail, sizeof detail, "attachment %lld %s", v->s->id, v->s->label);
	int rc = audit_req(v->r, v->action, "request", v->s->request_id, detail);
	if (rc == DB_OK && !strcmp(v->action, "attachment_tampered"))
		rc = tell_admins(v, detail);
	return rc;
}

int page_attachment(struct req *r)
{
	struct served s;
	struct request_head h;
	int st = load_row(r->arg_id, &s);
	if (!st)
		st = request_head_load(s.request_id, &h);
	if (st)
		return st;
	int may = may_see(r, &s, &h);
	if (may <= 0)
		return may < 0 ? 503 : 403;
	char path[1024], hash[65];
	size_t len = 0;
	path_of(r, s.stored, path, sizeof path);
	char *data = read_all(path, &len);
	if (data)
		sha256_hex(data, len, hash);
	/* A file swapped on disk after upload is refused and reported. */
	if (!data || strcmp(hash, s.sha)) {
		free(data);
		struct view_event ev = {r, &s, "attachment_tampered"};
		db_tx(audit_tx, &ev);
		log_err("attach: attachment %lld does not match its recorded SHA-256", s.id);
		return view_error_text(r, 409, "Attach.TamperedTitle", "Attach.Tampered");
	}
	struct view_event ev = {r, &s, "attachment_view"};
	int rc = s.sensitive ? db_tx(audit_tx, &ev) : DB_OK;
	if (rc != DB_OK) {
		free(data);
		return rc == DB_GONE ? 503 : 500;
	}
	char disp[64];
	snprintf(disp, sizeof disp, "attachment; filename=\"attachment-%lld.%s\"", s.id, s.kind);
	req_header_add(r, "Content-Disposition", disp);
	resp_send(r, 200, kind_types[kind_of(s.kind)], data, len);
	free(data);
	return 0;
}
