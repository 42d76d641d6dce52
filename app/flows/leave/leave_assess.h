/*
 * leave_assess.h - everything the leave rules say about one request, read
 * from the database (its type, the work calendar, the person's other
 * leaves and balance) and decided by the pure rules of leave_rules.h.
 * The form's preview, the submission's checks and the request page all
 * use it, so what the form promised is what submission enforces.
 */
#ifndef LIAISON_LEAVE_ASSESS_H
#define LIAISON_LEAVE_ASSESS_H

#include "flows/leave/leave_rules.h"

struct req;

/* A leave type (leave_types), with sick and personal taking their
 * certificate days and deduction shares from the settings. */
struct lv_type {
	char code[25], name[65], name_en[65], notice[9];
	int max_days, cert_days, uses_balance;
	long long deduct_bp;
};

/* lv_type_load - the active type code; 1 found, 0 not, or a db rc (< 0). */
int lv_type_load(const char *code, struct lv_type *t);

struct lv_input {
	long long requester, filed_by, request_id;   /* request_id 0 when not saved yet */
	const char *kind;
	int first, first_part, last, last_part;      /* days and CAL_* parts */
	const char *statement;
	int has_cert;                                 /* a certificate is attached or being uploaded */
	long long now;
};

#define LV_RUN_MAX 8

/* The person's other live leaves of the same kind that make one absence
 * with this one: only days off lie between them (LV-03, LV-05). */
struct lv_run {
	size_t n;
	struct {
		long long id;
		char number[24];
		int has_cert;
		char state[16], counted_as[25];
	} part[LV_RUN_MAX];
	struct lv_span span;          /* the whole absence, this leave included */
	int halfdays;                 /* its working half days */
	int calendar_days;            /* its days, days off included */
	int has_cert;                 /* a certificate on any part, or on this one */
};

struct lv_assess {
	struct lv_type type;
	int type_ok, span_ok;
	struct lv_span span;
	int halfdays, days_ceil;      /* days_ceil: of the whole absence, as the route tests it */
	struct lv_run run;
	int cert_calendar;            /* the certificate threshold counts calendar days */
	long long cutoff;             /* notice deadline (0: none) */
	int late;                     /* the notice deadline has passed */
	int on_behalf;                /* filed by someone else (the head) */
	int needs_cert, has_cert, counted_personal;
	int cert_deadline;            /* day */
	int needs_gm, statement_missing;
	int balance_applies, entitled, used, pending, over_balance;
	int too_long;
	char overlap[24];             /* the number of an overlapping request */
	const char *err_field, *err_key;   /* the first refusal, or NULL */
};

/* lv_assess - assess in; DB_OK (err_key tells whether it is refused) or a db rc. */
int lv_assess(const struct lv_input *in, struct lv_assess *a);

/* lv_balance_of - a balance type's entitlement (leave_balances, else the
 * statutory scale from users.work_start as of first_day), used and pending
 * half days in year, leaving out request exclude; DB_OK or a db rc. */
int lv_balance_of(long long user, const char *code, int year, long long exclude, int first_day, int *entitled,
    int *used, int *pending);

/* lv_counted_as - the kind pay counts: personal for a sick leave that
 * needs a certificate and has none (LV-03). */
const char *lv_counted_as(const struct lv_assess *a);

/* lv_assess_hdf - the facts for the form under Facts.* (days, notice,
 * certificate, balance, overlap, who will approve). */
int lv_assess_hdf(struct req *r, const struct lv_input *in, const struct lv_assess *a);

/* lv_types_hdf - active types as LeaveTypes.N.Code/.Name. */
int lv_types_hdf(struct req *r);

/* lv_days_text - half days as "2.5" into out. */
void lv_days_text(int halfdays, char *out, size_t outlen);

/* lv_day_text - a day number as "YYYY-MM-DD" into out (11 bytes). */
void lv_day_text(int day, char *out, size_t outlen);

#endif
