/*
 * gen.c - the benchmark's data: an organisation of 200 people in 8
 * departments and a history of N requests of every type, written as
 * tab-separated files for LOAD DATA INFILE (scripts/bench-data.sh).
 *
 * Every request is played through the engine's own rules (app/engine/
 * submit.c, core.c, decide.c): steps come from conf/routes.hdf, who acts
 * is resolved as resolve.c would, single steps already approved by the
 * same person are skipped, a task's State becomes the request's state,
 * versions go up the way decide_tx moves them.  The audit rows are the
 * events of that play, sorted by time, numbered from 1 and hash-chained
 * with the app's own audit_content and chain_hash, so `liaison-ctl
 * audit-verify` accepts the loaded table.
 *
 *   gen -o DIR -r conf/routes.hdf [-n requests] [-k in_flight] [-a approve_pool] [-s seed]
 *
 * Requests 1..n-k-a are history (decided over the past two years), the next
 * k are in flight (some step pending: what inboxes show), the last a are
 * office-supplies requests of the Purchasing department waiting on its
 * head, version 1: the pool the approve benchmark walks through.
 * DIR/bench.env names the accounts and ids the benchmark uses.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "audit/audit.h"
#include "auth/password.h"
#include "auth/roles.h"
#include "auth/token.h"
#include "core/clock.h"
#include "engine/routes.h"
#include "flows/registry.h"

#define NDEPT 8
#define NUSER 200
#define MAXA 24          /* assignees of one step: signers are the most */
#define MAXS 8           /* steps of one request */
#define BENCH_DEPT 8     /* Purchasing: the approve pool */
#define INBOX_DEPT 3     /* Marketing: the inbox and list pages */
#define PASSWORD "Liaison@2026"
#define DAY 86400LL
#define GM_THRESHOLD 500000   /* expense_gm_threshold_fen's default */

/* ---- organisation ---- */

struct dept {
	const char *name, *name_en;
	int head;
};

struct user {
	char login[24], name[24];
	int dept, superior, can_sign;
	unsigned roles;
};

static struct dept depts[NDEPT + 1] = {
	{0},
	{"总经办", "General Office", 0}, {"财务部", "Finance", 0}, {"市场部", "Marketing", 0},
	{"对外联络部", "External Liaison", 0}, {"人力资源部", "Human Resources", 0},
	{"销售一部", "Sales One", 0}, {"销售二部", "Sales Two", 0}, {"采购部", "Purchasing", 0},
};
static struct user users[NUSER + 1];
static int nusers;
static int staff[NUSER], nstaff;          /* plain staff: the requesters */
static int staff_of[NDEPT + 1][64], nstaff_of[NDEPT + 1];

static const char *const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
static const char *const givens = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

/* The n-th UTF-8 character (all three bytes here) of a string. */
static void cjk(char *out, const char *s, int n)
{
	memcpy(out, s + 3 * n, 3);
	out[3] = '\0';
}

static int add_user(const char *login, int dept, int superior, unsigned roles, int can_sign)
{
	struct user *u = &users[++nusers];
	char a[4], b[4], c[4];
	int i = nusers;
	snprintf(u->login, sizeof u->login, "%s", login);
	cjk(a, surnames, i % 20);
	cjk(b, givens, (i / 20 + i) % 25);
	cjk(c, givens, (i * 7) % 25);
	snprintf(u->name, sizeof u->name, i % 3 ? "%s%s" : "%s%s%s", a, b, c);
	u->dept = dept;
	u->superior = superior;
	u->roles = roles | ROLE_STAFF;
	u->can_sign = can_sign;
	if (roles == 0) {
		staff[nstaff++] = nusers;
		staff_of[dept][nstaff_of[dept]++] = nusers;
	}
	return nusers;
}

static void build_org(void)
{
	char l[24];
	int gm = add_user("gm", 1, 0, ROLE_GM, 1);
	depts[1].head = gm;
	add_user("president", 1, 0, ROLE_EXEC, 1);
	add_user("vp", 1, 0, ROLE_EXEC, 1);
	add_user("admin", 1, gm, ROLE_ADMIN, 0);
	add_user("office1", 1, gm, ROLE_OFFICE, 0);
	add_user("office2", 1, gm, ROLE_OFFICE, 0);
	add_user("assistant1", 1, gm, ROLE_ASSISTANT, 0);
	add_user("assistant2", 1, gm, ROLE_ASSISTANT, 0);
	for (int i = 1; i <= 4; i++)
		snprintf(l, sizeof l, "d1_s%02d", i), add_user(l, 1, gm, 0, 0);
	int fh = add_user("fin_head", 2, gm, ROLE_FINANCE | ROLE_HEAD, 0);
	depts[2].head = fh;
	add_user("finance1", 2, fh, ROLE_FINANCE, 0);
	add_user("finance2", 2, fh, ROLE_FINANCE, 0);
	for (int i = 1; i <= 9; i++)
		snprintf(l, sizeof l, "d2_s%02d", i), add_user(l, 2, fh, 0, 0);
	for (int d = 3; d <= NDEPT; d++) {
		snprintf(l, sizeof l, "d%d_head", d);
		int h = add_user(l, d, gm, ROLE_HEAD | (d == 5 ? ROLE_CLERK : 0), 1);
		depts[d].head = h;
		snprintf(l, sizeof l, "d%d_deputy", d);
		add_user(l, d, h, ROLE_DEPUTY, 1);
		int n = d <= 4 ? 28 : 27;
		for (int i = 1; i <= n; i++)
			snprintf(l, sizeof l, "d%d_s%02d", d, i), add_user(l, d, h, 0, 0);
	}
	if (nusers != NUSER) {
		fprintf(stderr, "gen: built %d users, want %d\n", nusers, NUSER);
		exit(1);
	}
}

/* ---- random numbers: xorshift, reproducible ---- */

static uint64_t rng = 88172645463325252ULL;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int below(int n) { return (int)(rnd() % (uint64_t)n); }

/* ---- the engine's play of one request ---- */

enum sstate { S_WAITING, S_PENDING, S_DONE, S_REJECTED, S_SKIPPED, S_CANCELLED };
enum astate { A_WAITING, A_PENDING, A_APPROVED, A_REJECTED, A_DONE, A_SKIPPED, A_SUPERSEDED, A_CANCELLED };
static const char *const sstate_name[] = {"waiting", "pending", "done", "rejected", "skipped", "cancelled"};
static const char *const astate_name[] = {"waiting", "pending", "approved", "rejected", "done", "skipped",
	"superseded", "cancelled"};

enum action { EV_SUBMIT_, EV_APPROVE_, EV_TASK_, EV_REJECT_, EV_APPROVED_, EV_SKIPPED_ };
static const char *const action_name[] = {"submit", "approve", "task", "reject", "approved", "step_skipped"};

struct sstep {
	const struct route_step *def;
	enum step_kind kind;
	int needed, n;
	int user[MAXA];
	unsigned char ast[MAXA];
	long long act_at[MAXA], dec_at[MAXA];
	enum sstate st;
	long long s_act, s_dec;
};

struct event {
	long long at;
	uint32_t req;      /* index into the request table, 1-based id */
	uint16_t seq;      /* order within the request */
	uint8_t action, comment;
	uint32_t actor;
};

struct play {
	long long id;
	const char *type;
	int requester, dept, nsteps, version, round;
	char state[16];
	long long now, created, decided, updated;
	int decisions;
	struct sstep s[MAXS];
};

static struct event *events;
static size_t nevents, capevents;
static uint16_t evseq;

static const char *const comments[] = {"", "同意", "预算不足，请调整后再提交", "已办理"};

static void emit(struct play *p, enum action a, int actor, int comment)
{
	if (nevents == capevents) {
		capevents = capevents ? capevents * 2 : 1 << 20;
		events = realloc(events, capevents * sizeof *events);
		if (!events) {
			perror("gen: events");
			exit(1);
		}
	}
	events[nevents++] = (struct event){p->now, (uint32_t)p->id, evseq++, (uint8_t)a, (uint8_t)comment, (uint32_t)actor};
}

/* ---- resolving Who (resolve.c) ---- */

static void who_add(struct sstep *s, const struct play *p, int id)
{
	if (id <= 0 || id == p->requester || s->n >= MAXA)
		return;
	for (int i = 0; i < s->n; i++)
		if (s->user[i] == id)
			return;
	s->user[s->n++] = id;
}

/* first_valid_from: up the superior chain past the requester. */
static int first_valid(const struct play *p, int start)
{
	for (int i = 0; start && i < 20; i++, start = users[start].superior)
		if (start != p->requester)
			return start;
	return 0;
}

static unsigned role_of(const char *name)
{
	for (unsigned i = 0; i < ROLE_COUNT; i++)
		if (!strcmp(role_key(i), name))
			return 1u << i;
	fprintf(stderr, "gen: unknown role %s\n", name);
	exit(1);
}

static void who_term(struct sstep *s, const struct play *p, const char *t)
{
	if (!strcmp(t, "superior"))
		who_add(s, p, first_valid(p, users[p->requester].superior));
	else if (!strcmp(t, "dept_head"))
		who_add(s, p, first_valid(p, depts[p->dept].head));
	else if (!strcmp(t, "requester"))
		s->user[s->n++] = p->requester;
	else if (!strcmp(t, "signers")) {
		for (int u = 1; u <= NUSER; u++)
			if (users[u].can_sign)
				who_add(s, p, u);
	} else if (!strncmp(t, "role:", 5)) {
		unsigned r = role_of(t + 5);
		for (int u = 1; u <= NUSER; u++)
			if (users[u].roles & r)
				who_add(s, p, u);
	} else if (!strncmp(t, "dept_role:", 10)) {
		unsigned r = role_of(t + 10);
		for (int u = 1; u <= NUSER; u++)
			if ((users[u].roles & r) && users[u].dept == p->dept)
				who_add(s, p, u);
	} else {
		fprintf(stderr, "gen: Who term %s is not modelled\n", t);
		exit(1);
	}
}

static void resolve(struct sstep *s, const struct play *p)
{
	char buf[128], *save = NULL;
	snprintf(buf, sizeof buf, "%s", s->def->who);
	for (char *t = strtok_r(buf, ", ", &save); t; t = strtok_r(NULL, ", ", &save))
		who_term(s, p, t);
	if (s->n < (s->kind == SK_TWO ? 2 : 1)) {
		fprintf(stderr, "gen: nobody for step %s of %s\n", s->def->name, p->type);
		exit(1);
	}
}

/* ---- the route with its conditions (conf/routes.hdf) ---- */

struct vals {
	long long amount, days;
	int personal;
	char cls;
};

static int step_on(const struct play *p, const struct route_step *st, const struct vals *v)
{
	if (!st->cond_src[0])
		return 1;
	if (!strcmp(p->type, "leave"))
		return v->personal && v->days > 3;
	if (strstr(st->cond_src, "over_budget"))
		return 0;   /* generated applications stay within their budget (EX-02) */
	if (!strcmp(p->type, "expense") || !strcmp(p->type, "claim_diff"))
		return v->amount > GM_THRESHOLD;
	if (!strcmp(p->type, "reception"))
		return strstr(st->cond_src, "\"A\"") ? v->cls == 'A' : v->cls == 'B';
	fprintf(stderr, "gen: condition of %s.%s is not modelled\n", p->type, st->name);
	exit(1);
}

static void build_steps(struct play *p, const struct vals *v)
{
	const struct route_def *r = route_find(p->type);
	if (!r) {
		fprintf(stderr, "gen: no route for %s\n", p->type);
		exit(1);
	}
	p->nsteps = 0;
	for (size_t i = 0; i < r->nsteps; i++) {
		if (!step_on(p, &r->steps[i], v))
			continue;
		struct sstep *s = &p->s[p->nsteps++];
		memset(s, 0, sizeof *s);
		s->def = &r->steps[i];
		s->kind = r->steps[i].kind;
		resolve(s, p);
		s->needed = s->kind == SK_ALL ? s->n : s->kind == SK_TWO ? 2 : 1;
	}
}

/* ---- advancing (core.c) ---- */

static void set_state(struct play *p, const char *st)
{
	snprintf(p->state, sizeof p->state, "%s", st);
	p->version++;
	p->decided = p->now;
	p->updated = p->now;
}

static int approvals_left(const struct play *p)
{
	int n = 0;
	for (int i = 0; i < p->nsteps; i++)
		n += p->s[i].st == S_WAITING && p->s[i].kind != SK_TASK;
	return n;
}

static int approved_before(const struct play *p, int user)
{
	for (int i = 0; i < p->nsteps; i++)
		if (p->s[i].kind == SK_SINGLE)
			for (int k = 0; k < p->s[i].n; k++)
				if (p->s[i].ast[k] == A_APPROVED && p->s[i].user[k] == user)
					return 1;
	return 0;
}

/* Returns the pending step, or -1 when the route is complete. */
static int advance(struct play *p, int actor)
{
	for (;;) {
		if (!approvals_left(p) && !strcmp(p->state, "in_approval")) {
			set_state(p, "approved");
			emit(p, EV_APPROVED_, actor, 0);
		}
		int i = 0;
		while (i < p->nsteps && p->s[i].st != S_WAITING)
			i++;
		if (i == p->nsteps)
			return -1;
		struct sstep *s = &p->s[i];
		if (s->kind == SK_SINGLE && s->n == 1 && approved_before(p, s->user[0])) {
			s->st = S_SKIPPED;
			s->s_dec = p->now;
			s->ast[0] = A_SKIPPED;
			emit(p, EV_SKIPPED_, actor, 0);
			continue;
		}
		s->st = S_PENDING;
		s->s_act = p->now;
		for (int k = 0; k < s->n; k++)
			if (s->ast[k] == A_WAITING)
				s->ast[k] = A_PENDING, s->act_at[k] = p->now;
		return i;
	}
}

static void close_step(struct sstep *s, enum sstate st, long long now)
{
	s->st = st;
	s->s_dec = now;
	for (int k = 0; k < s->n; k++)
		if (s->ast[k] == A_PENDING || s->ast[k] == A_WAITING)
			s->ast[k] = A_SUPERSEDED;
}

/* One decision by the k-th assignee of the pending step i (decide.c). */
static int decide(struct play *p, int i, int k, enum action a)
{
	struct sstep *s = &p->s[i];
	int v0 = p->version, next = i, actor = s->user[k];
	emit(p, a, actor, a == EV_REJECT_ ? 2 : a == EV_APPROVE_ && below(4) == 0 ? 1 : 0);
	s->dec_at[k] = p->now;
	p->decisions++;
	p->updated = p->now;
	if (a == EV_REJECT_) {
		s->ast[k] = A_REJECTED;
		s->st = S_REJECTED;
		s->s_dec = p->now;
		for (int j = 0; j < p->nsteps; j++) {
			for (int m = 0; m < p->s[j].n; m++)
				if (p->s[j].ast[m] == A_PENDING || p->s[j].ast[m] == A_WAITING)
					p->s[j].ast[m] = A_CANCELLED;
			if (p->s[j].st == S_PENDING || p->s[j].st == S_WAITING)
				p->s[j].st = S_CANCELLED;
		}
		set_state(p, "rejected");
		return -1;
	}
	s->ast[k] = a == EV_TASK_ ? A_DONE : A_APPROVED;
	int got = 0;
	for (int m = 0; m < s->n; m++)
		got += s->ast[m] == A_APPROVED || s->ast[m] == A_DONE;
	if (got >= s->needed) {
		close_step(s, S_DONE, p->now);
		if (a == EV_TASK_ && s->def->state_after[0])
			set_state(p, s->def->state_after);
		next = advance(p, actor);
	}
	if (p->version == v0)
		p->version++;
	return next;
}

/* The next decision: the first one or two who may act, approving. */
static int step_once(struct play *p, int i, int reject)
{
	struct sstep *s = &p->s[i];
	int k = 0;
	while (k < s->n && s->ast[k] != A_PENDING)
		k++;
	if (k == s->n)
		return -1;
	p->now += 600 + below(s->kind == SK_TASK ? 86400 : 28800);
	if (s->kind == SK_TASK)
		return decide(p, i, k, EV_TASK_);
	return decide(p, i, k, reject ? EV_REJECT_ : EV_APPROVE_);
}

/* ---- output ---- */

struct out {
	FILE *req, *steps, *asg, *sup;
	long long step_id, asg_id;
	const char *route_hash;
};

static void tsv_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '\n')
			fputs("\\n", f);
		else if (*s == '\t')
			fputs("\\t", f);
		else if (*s == '\\')
			fputs("\\\\", f);
		else
			fputc(*s, f);
	}
}

static void tsv_time(FILE *f, long long t)
{
	char b[20];
	if (!t) {
		fputs("\\N", f);
		return;
	}
	clock_fmt_utc_sql((time_t)t, b);
	fputs(b, f);
}

static void write_steps(struct out *o, const struct play *p)
{
	for (int i = 0; i < p->nsteps; i++) {
		const struct sstep *s = &p->s[i];
		long long sid = ++o->step_id;
		fprintf(o->steps, "%lld\t%lld\t%d\t%d\t%s\t%s\t%s\t%s\t%d\t%s\t%d\t", sid, p->id, p->round, i + 1,
		    s->def->name, step_kind_name(s->kind), s->def->who, sstate_name[s->st], s->needed,
		    s->def->state_after, s->def->add_signer);
		tsv_time(o->steps, s->s_act);
		fputc('\t', o->steps);
		tsv_time(o->steps, s->s_dec);
		fputc('\n', o->steps);
		for (int k = 0; k < s->n; k++) {
			fprintf(o->asg, "%lld\t%lld\t%lld\t%d\t\\N\t%s\t", ++o->asg_id, sid, p->id, s->user[k],
			    astate_name[s->ast[k]]);
			tsv_time(o->asg, s->dec_at[k]);
			fputs(s->dec_at[k] ? "\t\tpage\t" : "\t\t\t", o->asg);
			tsv_time(o->asg, s->act_at[k]);
			fprintf(o->asg, "\t%s\n", step_kind_name(s->kind));
		}
	}
}

/* ---- the requests ---- */

struct kind {
	const char *type, *prefix;
	int weight;
};

static const struct kind kinds[] = {
	{"supplies", "BG", 20}, {"leave", "QJ", 25}, {"outing", "WC", 10}, {"expense", "FY", 12},
	{"claim_diff", "CE", 3}, {"claim", "BX", 10}, {"reception", "JD", 5}, {"visit", "BF", 8},
	{"agreement", "XY", 3}, {"disbursement", "ZC", 4},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

#define YEAR0 2000
#define NYEARS 100
static long long counters[NKINDS][NYEARS];
static char (*numbers)[24];   /* by request id: the submit event's detail */

static const struct kind *pick_kind(void)
{
	int w = below(100);
	for (size_t i = 0; i < NKINDS; i++)
		if ((w -= kinds[i].weight) < 0)
			return &kinds[i];
	return &kinds[0];
}

static void number_of(const struct kind *k, long long at, char out[24])
{
	time_t t = (time_t)(at + SHANGHAI_OFFSET);
	struct tm tm;
	gmtime_r(&t, &tm);
	int y = tm.tm_year + 1900;
	long long seq = ++counters[k - kinds][y - YEAR0];
	snprintf(out, 24, "%s-%04d-%06lld", k->prefix, y, seq);
}

static void values(const struct kind *k, struct vals *v, char *title, size_t tlen)
{
	static const char *const leave_kinds[] = {"年假", "事假", "病假", "调休"};
	static const char *const purposes[] = {"日常办公", "会议用品", "新员工入职", "展会物料"};
	memset(v, 0, sizeof *v);
	v->amount = 10000 + (long long)below(2000000);
	v->days = 1 + below(6);
	v->personal = below(4) == 1;
	v->cls = "ABBCC"[below(5)];
	if (!strcmp(k->type, "supplies"))
		snprintf(title, tlen, "%s ×%d", purposes[below(4)], 1 + below(20));
	else if (!strcmp(k->type, "leave"))
		snprintf(title, tlen, "%s %lld天", leave_kinds[v->personal ? 1 : below(4) == 1 ? 0 : 2 + below(2)], v->days);
	else if (!strcmp(k->type, "reception"))
		snprintf(title, tlen, "%c类接待 ¥%lld.%02lld", v->cls, v->amount / 100, v->amount % 100);
	else
		snprintf(title, tlen, "%s ¥%lld.%02lld", k->type, v->amount / 100, v->amount % 100);
}

static int has_amount(const char *type)
{
	return strcmp(type, "supplies") && strcmp(type, "leave");
}

static void write_request(struct out *o, const struct play *p, const struct kind *k, const char *title,
    const struct vals *v)
{
	fprintf(o->req, "%lld\t%s\t%s\t", p->id, numbers[p->id], p->type);
	tsv_text(o->req, title);
	fprintf(o->req, "\t%d\t%d\t%d\t%s\t%d\t%d\t%s\t", p->requester, p->requester, p->dept, p->state, p->version,
	    p->round, o->route_hash);
	if (has_amount(k->type))
		fprintf(o->req, "%lld\t", v->amount);
	else
		fputs("\\N\t", o->req);
	tsv_time(o->req, p->created);
	fputc('\t', o->req);
	tsv_time(o->req, p->created);
	fputc('\t', o->req);
	tsv_time(o->req, strcmp(p->state, "in_approval") ? p->decided : 0);
	fputc('\t', o->req);
	tsv_time(o->req, p->updated);
	fputc('\n', o->req);
	if (!strcmp(k->type, "supplies")) {
		fprintf(o->sup, "%lld\tA4纸 %d包\\n签字笔 %d支\t%d\t", p->id, 1 + below(5), 1 + below(20), 1 + below(20));
		tsv_text(o->sup, title);
		fprintf(o->sup, "\t%s\n", !strcmp(p->state, "done") ? "已领取" : "");
	}
}

/* Submit at t, then decide until done or `stop` decisions were made
 * (-1: to the end).  One in 25 finished requests is rejected. */
static void play_request(struct out *o, long long id, const struct kind *k, int requester, long long t, int stop)
{
	static struct play p;
	struct vals v;
	char title[201];
	memset(&p, 0, sizeof p);
	p.id = id;
	p.type = k->type;
	p.requester = requester;
	p.dept = users[requester].dept;
	p.version = 1;
	p.round = 1;
	p.now = p.created = p.updated = t;
	snprintf(p.state, sizeof p.state, "in_approval");
	evseq = 0;
	values(k, &v, title, sizeof title);
	build_steps(&p, &v);
	number_of(k, t, numbers[id]);
	emit(&p, EV_SUBMIT_, requester, 0);
	int i = advance(&p, requester);
	int reject = stop < 0 && below(25) == 0;
	while (i >= 0 && stop != 0) {
		int r = reject && p.s[i].kind != SK_TASK;
		i = step_once(&p, i, r);
		if (r)
			break;
		if (stop > 0)
			stop--;
	}
	write_request(o, &p, k, title, &v);
	write_steps(o, &p);
}

/* ---- the audit chain ---- */

static int cmp_event(const void *a, const void *b)
{
	const struct event *x = a, *y = b;
	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	if (x->req != y->req)
		return x->req < y->req ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

static void write_audit(const char *dir, FILE *head)
{
	char path[4096], content[4096], prev[65] = CHAIN_GENESIS, hash[65];
	char id[24], at[20], actor[24], oid[24], ip[32];
	snprintf(path, sizeof path, "%s/audit.tsv", dir);
	FILE *f = fopen(path, "w");
	if (!f) {
		perror(path);
		exit(1);
	}
	setvbuf(f, NULL, _IOFBF, 1 << 20);
	qsort(events, nevents, sizeof *events, cmp_event);
	for (size_t i = 0; i < nevents; i++) {
		const struct event *e = &events[i];
		const char *detail = e->action == EV_SUBMIT_ ? numbers[e->req]
		    : e->action == EV_SKIPPED_ ? "already approved in an earlier step" : comments[e->comment];
		snprintf(id, sizeof id, "%zu", i + 1);
		clock_fmt_utc_sql((time_t)e->at, at);
		snprintf(actor, sizeof actor, "%u", e->actor);
		snprintf(oid, sizeof oid, "%u", e->req);
		snprintf(ip, sizeof ip, "10.0.%u.%u", e->actor / 200, e->actor % 200 + 20);
		size_t len = audit_content(content, sizeof content, id, at, actor, action_name[e->action], "request", oid,
		    detail, ip, "page");
		chain_hash(prev, content, len, hash);
		fprintf(f, "%s\t%s\t%s\t%s\trequest\t%s\t%s\t%s\tpage\t%s\t%s\n", id, at, actor, action_name[e->action], oid,
		    detail, ip, prev, hash);
		memcpy(prev, hash, sizeof prev);
	}
	fclose(f);
	fprintf(head, "UPDATE audit_head SET last_id = %zu, last_hash = '%s' WHERE id = 1;\n", nevents, prev);
}

/* ---- files ---- */

static FILE *open_out(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (!f) {
		perror(path);
		exit(1);
	}
	setvbuf(f, NULL, _IOFBF, 1 << 20);
	return f;
}

static void write_org(const char *dir, long long t)
{
	char hash[PW_HASH_MAX], email[64];
	/* One hash for all: 200 PBKDF2 runs would cost a minute. */
	if (pw_hash(PASSWORD, PW_MIN_ITER, hash)) {
		fprintf(stderr, "gen: pw_hash failed\n");
		exit(1);
	}
	FILE *d = open_out(dir, "departments.tsv"), *u = open_out(dir, "users.tsv");
	for (int i = 1; i <= NDEPT; i++) {
		fprintf(d, "%d\t%s\t%s\t%d\t\\N\t", i, depts[i].name, depts[i].name_en, depts[i].head);
		tsv_time(d, t);
		fputc('\n', d);
	}
	for (int i = 1; i <= NUSER; i++) {
		const struct user *x = &users[i];
		snprintf(email, sizeof email, "%s@bench.example", x->login);
		fprintf(u, "%d\t%s\t%s\t%s\t%d\t", i, x->login, x->name, email, x->dept);
		if (x->superior)
			fprintf(u, "%d\t", x->superior);
		else
			fputs("\\N\t", u);
		fprintf(u, "%u\t%d\t%d\t2019-04-01\tzh-CN\t1\t%s\t0\t", x->roles, x->can_sign, 600000 + 1000 * (i % 50), hash);
		tsv_time(u, t);
		fputc('\t', u);
		tsv_time(u, t);
		fputc('\n', u);
	}
	fclose(d);
	fclose(u);
}

static void write_counters(const char *dir)
{
	FILE *f = open_out(dir, "request_counters.tsv");
	for (size_t k = 0; k < NKINDS; k++)
		for (int y = 0; y < NYEARS; y++)
			if (counters[k][y])
				fprintf(f, "%s\t%d\t%lld\n", kinds[k].prefix, YEAR0 + y, counters[k][y]);
	fclose(f);
}

static void usage(void)
{
	fprintf(stderr, "usage: gen -o DIR -r ROUTES.hdf [-n requests] [-k in_flight] [-a approve_pool] [-s seed]\n");
	exit(2);
}

struct opts {
	const char *dir, *routes;
	long long n, k, a;
};

static void parse_opts(int argc, char **argv, struct opts *o)
{
	int c;
	o->n = 1000000;
	o->k = 2000;
	o->a = 0;
	while ((c = getopt(argc, argv, "o:r:n:k:a:s:")) != -1) {
		switch (c) {
		case 'o': o->dir = optarg; break;
		case 'r': o->routes = optarg; break;
		case 'n': o->n = atoll(optarg); break;
		case 'k': o->k = atoll(optarg); break;
		case 'a': o->a = atoll(optarg); break;
		case 's': rng ^= (uint64_t)atoll(optarg) * 0x9E3779B97F4A7C15ULL; break;
		default: usage();
		}
	}
	if (!o->dir || !o->routes || o->n < 1 || o->k < 0 || o->a < 0 || o->k + o->a > o->n || o->n > 50000000)
		usage();
}

static void generate(struct out *o, const struct opts *op, long long now)
{
	long long hist = op->n - op->k - op->a, t0 = now - 730 * DAY, span = 727 * DAY;
	const struct kind *supplies = &kinds[0];
	for (long long id = 1; id <= op->n; id++) {
		if (id <= hist) {
			play_request(o, id, pick_kind(), staff[below(nstaff)], t0 + span * (id - 1) / hist, -1);
		} else if (id <= hist + op->k) {
			long long j = id - hist;
			play_request(o, id, pick_kind(), staff[below(nstaff)], now - 2 * DAY + DAY * j / op->k, below(3) == 0);
		} else {
			long long j = id - hist - op->k;
			int req = staff_of[BENCH_DEPT][below(nstaff_of[BENCH_DEPT])];
			play_request(o, id, supplies, req, now - DAY + (DAY - 3600) * j / op->a, 0);
		}
	}
}

/* What bench.sh needs: who logs in, which ids. */
static void write_env(const char *dir, const struct opts *op)
{
	FILE *f = open_out(dir, "bench.env");
	long long hist = op->n - op->k - op->a;
	fprintf(f, "BENCH_REQUESTS=%lld\nBENCH_APPROVER=d%d_head\nBENCH_INBOX_USER=d%d_head\nBENCH_MINE_USER=%s\n",
	    op->n, BENCH_DEPT, INBOX_DEPT, users[staff_of[INBOX_DEPT][0]].login);
	fprintf(f, "BENCH_POOL_FIRST=%lld\nBENCH_POOL_LAST=%lld\nBENCH_PASSWORD='%s'\n", hist + op->k + 1, op->n, PASSWORD);
	fclose(f);
}

int main(int argc, char **argv)
{
	struct opts op = {0};
	char err[512];
	parse_opts(argc, argv, &op);
	flows_register();   /* the routes name the registered types */
	if (routes_load(op.routes, err, sizeof err)) {
		fprintf(stderr, "gen: %s: %s\n", op.routes, err);
		return 1;
	}
	if (access(op.dir, W_OK)) {
		perror(op.dir);
		return 1;
	}
	long long now = (long long)time(NULL);
	numbers = calloc((size_t)op.n + 1, sizeof *numbers);
	if (!numbers) {
		perror("gen");
		return 1;
	}
	build_org();
	write_org(op.dir, now - 800 * DAY);
	struct out o = {open_out(op.dir, "requests.tsv"), open_out(op.dir, "request_steps.tsv"),
		open_out(op.dir, "step_assignees.tsv"), open_out(op.dir, "supplies_requests.tsv"), 0, 0, routes_hash()};
	generate(&o, &op, now);
	fclose(o.req);
	fclose(o.steps);
	fclose(o.asg);
	fclose(o.sup);
	write_counters(op.dir);
	FILE *head = open_out(op.dir, "audit_head.sql");
	write_audit(op.dir, head);
	fclose(head);
	write_env(op.dir, &op);
	fprintf(stderr, "gen: %lld requests, %lld steps, %lld assignees, %zu audit rows\n", op.n, o.step_id, o.asg_id,
	    nevents);
	return 0;
}
