/* supplies_record.c - the hand-out of a reported request, checked and
 * written row by row (supplies_record.h). */
#include "flows/supplies/supplies_record.h"

#include <stdio.h>
#include <string.h>

#include "core/outcome.h"
#include "db/db.h"
#include "engine/flow.h"
#include "flows/supplies/supplies_sql.h"

static int lines_load(long long request_id, struct sup_handout *h)
{
	struct dbres res;
	const struct sup_item *it;
	int rc = DB_RUN(ST_SUP_ITEMS, &res, DBI(request_id));
	for (size_t i = 0; rc == DB_OK && h->n < SUP_ROWS && (it = sup_item_at(&res, i)); i++) {
		h->lines[h->n].no = (int)it->line_no;
		h->lines[h->n++].qty = it->quantity;
		h->handed |= it->handed_qty != NULL;
	}
	db_free(&res);
	return rc;
}

int sup_handout_load(long long request_id, struct sup_handout *h)
{
	struct dbres res;
	memset(h, 0, sizeof *h);
	int rc = DB_RUN(ST_SUPPLIES_GET, &res, DBI(request_id));
	const struct supplies_get *s = supplies_get_at(&res, 0);
	if (rc == DB_OK && !s)
		rc = O_NOT_FOUND;
	if (rc == DB_OK) {
		h->asset = !strcmp(s->kind, "asset");
		h->report_id = s->report_id;
		h->reported = s->report_id != 0;
		h->sent = s->report_state && !strcmp(s->report_state, "sent");
		h->handed = s->handed_at != NULL;
	}
	db_free(&res);
	return rc == DB_OK ? lines_load(request_id, h) : rc;
}

/* A tag already given, to this or another request. */
static int tag_taken(const char *tag, int *taken)
{
	struct dbres res;
	int rc = DB_RUN(ST_SUP_TAG_TAKEN, &res, DBS(tag));
	*taken = sup_tag_at(&res, 0) != NULL;
	db_free(&res);
	return rc;
}

static int tags_taken(const struct sup_handout *h, const struct rvals *in, struct sup_err *errs, size_t max,
    size_t *n)
{
	char f[16], t[SUP_TAG_MAX * 4 + 4];
	int rc = DB_OK;
	for (size_t i = 0; rc == DB_OK && h->asset && i < h->n; i++) {
		snprintf(f, sizeof f, "tag_%zu", i + 1);
		const char *p = rvals_text(in, f);
		int long_tag = 0, taken = 0;
		while (rc == DB_OK && !taken && sup_tag_next(&p, t, sizeof t, &long_tag))
			rc = tag_taken(t, &taken);
		if (taken && *n < max) {
			memcpy(errs[*n].field, f, sizeof f);
			errs[*n].key = "Supplies.Err.TagTaken";
		}
		*n += (size_t)taken;
	}
	return rc;
}

int sup_handout_errors(const struct sup_handout *h, const struct rvals *in, struct sup_err *errs, size_t max,
    size_t *n)
{
	*n = sup_handout_check(h->lines, h->n, h->asset, in, errs, max);
	return *n ? DB_OK : tags_taken(h, in, errs, max, n);
}

/* One row: its quantity and tags, and each tag as an asset of the requester. */
static int write_line(struct flow_ctx *c, const struct sup_line *l)
{
	char f[16], t[SUP_TAG_MAX * 4 + 4];
	snprintf(f, sizeof f, "handed_%d", l->no);
	long long handed = rvals_num(c->input, f);
	snprintf(f, sizeof f, "tag_%d", l->no);
	const char *tags = rvals_text(c->input, f), *p = tags;
	int rc = DB_RUN(ST_SUP_ITEM_HAND, NULL, DBI(handed), DBS(tags), DBI(c->request_id), DBI(l->no));
	int long_tag = 0;
	while (rc == DB_OK && sup_tag_next(&p, t, sizeof t, &long_tag))
		rc = DB_RUN(ST_SUP_TAG_ADD, NULL, DBS(t), DBI(c->request_id), DBI(l->no), DBI(c->requester_id), DBI(c->now));
	return rc;
}

/* "1:10/10 2:1/1 [ZC-0001]" for the audit record. */
static void summary(const struct flow_ctx *c, const struct sup_handout *h, char *out, size_t outlen)
{
	char f[16];
	size_t at = 0;
	out[0] = '\0';
	for (size_t i = 0; i < h->n && at < outlen; i++) {
		snprintf(f, sizeof f, "handed_%zu", i + 1);
		long long handed = rvals_num(c->input, f);
		snprintf(f, sizeof f, "tag_%zu", i + 1);
		const char *tags = rvals_text(c->input, f);
		int k = snprintf(out + at, outlen - at, "%s%zu:%lld/%lld%s%s%s", i ? " " : "", i + 1, handed,
		    h->lines[i].qty, *tags ? " [" : "", tags, *tags ? "]" : "");
		at += k > 0 ? (size_t)k : 0;
	}
}

static int refuse_first(struct flow_ctx *c, const struct sup_err *e) { return flow_refuse(c, e->field, e->key); }

int sup_record_handout(struct flow_ctx *c)
{
	struct sup_handout h;
	struct sup_err err;
	size_t n = 0;
	char detail[4096];   /* flow_note keeps 150 characters: any cut here lies beyond */
	int rc = sup_handout_load(c->request_id, &h);
	if (rc != DB_OK)
		return rc;
	if (!h.sent)
		return flow_refuse(c, "", "Supplies.Err.NotSent");
	if ((rc = sup_handout_errors(&h, c->input, &err, 1, &n)) != DB_OK)
		return rc;
	if (n)
		return refuse_first(c, &err);
	for (size_t i = 0; rc == DB_OK && i < h.n; i++)
		rc = write_line(c, &h.lines[i]);
	if (rc == DB_DUP)   /* a tag given by someone else at the same moment */
		return flow_refuse(c, "", "Supplies.Err.TagTaken");
	if (rc == DB_OK)
		rc = DB_RUN(ST_SUP_HANDED, NULL, DBS(rvals_text(c->input, "note")), DBI(c->now),
		    DBI(c->actor ? c->actor->id : 0), DBI(c->request_id));
	summary(c, &h, detail, sizeof detail);
	if (rc == DB_OK)
		flow_note(c, "supplies_handout", detail);
	return rc;
}
