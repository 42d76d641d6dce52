/* demo.c - the demo organisation, created through the statement table. */
#include "tools/demo.h"

#include <stdio.h>

#include "audit/audit.h"
#include "auth/auth_sql.h"
#include "auth/password.h"
#include "auth/roles.h"
#include "core/clock.h"
#include "db/db.h"
#include "flows/registry.h"

struct demo_dept {
	const char *name, *name_en;
};

static const struct demo_dept depts[] = {
	{"总经办", "General Office"},
	{"财务部", "Finance"},
	{"市场部", "Marketing"},
	{"对外联络部", "External Liaison"},
	{"人力资源部", "Human Resources"},
};

struct demo_user {
	const char *login, *name;
	int dept;             /* index into depts */
	int superior;         /* index into users, -1 none */
	unsigned roles;
	int can_sign;
	long long salary_fen;
	int head_of;          /* index into depts, -1 none */
};

static const struct demo_user users[] = {
	/* 0 */ {"gm", "王建国", 0, -1, ROLE_GM | ROLE_STAFF, 1, 3000000, 0},
	/* 1 */ {"president", "赵志远", 0, -1, ROLE_EXEC | ROLE_STAFF, 1, 5000000, -1},
	/* 2 */ {"admin", "系统管理员", 0, 0, ROLE_ADMIN | ROLE_STAFF, 0, 900000, -1},
	/* 3 */ {"office", "孙丽华", 0, 0, ROLE_OFFICE | ROLE_STAFF, 0, 900000, -1},
	/* 4 */ {"director", "钱明", 2, 0, ROLE_DIRECTOR | ROLE_STAFF, 1, 2500000, -1},
	/* 5 */ {"mkt_head", "李强", 2, 4, ROLE_HEAD | ROLE_STAFF, 1, 1800000, 2},
	/* 6 */ {"mkt_deputy", "周敏", 2, 5, ROLE_DEPUTY | ROLE_STAFF, 1, 1200000, -1},
	/* 7 */ {"mkt_staff", "张伟", 2, 5, ROLE_STAFF, 0, 800000, -1},
	/* 8 */ {"mkt_staff2", "刘洋", 2, 5, ROLE_STAFF, 0, 750000, -1},
	/* 9 */ {"assistant", "何静", 2, 5, ROLE_ASSISTANT | ROLE_STAFF, 0, 600000, -1},
	/* 10 */ {"ext_head", "陈刚", 3, 4, ROLE_HEAD | ROLE_STAFF, 1, 1700000, 3},
	/* 11 */ {"ext_deputy", "杨帆", 3, 10, ROLE_DEPUTY | ROLE_STAFF, 1, 1100000, -1},
	/* 12 */ {"ext_staff", "黄磊", 3, 10, ROLE_STAFF, 0, 700000, -1},
	/* 13 */ {"finance", "吴芳", 1, 0, ROLE_FINANCE | ROLE_HEAD | ROLE_STAFF, 0, 1300000, 1},
	/* 14 */ {"hr_clerk", "郑洁", 4, 0, ROLE_CLERK | ROLE_HEAD | ROLE_STAFF, 0, 1000000, 4},
};

#define NDEPTS (sizeof depts / sizeof depts[0])
#define NUSERS (sizeof users / sizeof users[0])

struct load {
	char hash[PW_HASH_MAX];
	long long dept_id[NDEPTS];
	long long user_id[NUSERS];
	long long now;
};

static int insert_depts(struct load *l)
{
	for (size_t i = 0; i < NDEPTS; i++) {
		struct dbres res;
		int rc = DB_RUN(ST_DEPT_INSERT, &res, DBS(depts[i].name), DBS(depts[i].name_en), DBN, DBI(l->now));
		l->dept_id[i] = (long long)res.insert_id;
		db_free(&res);
		if (rc != DB_OK)
			return rc;
	}
	return DB_OK;
}

static int insert_user(struct load *l, size_t i)
{
	const struct demo_user *u = &users[i];
	char email[128];
	struct dbres res;
	snprintf(email, sizeof email, "%s@liaison.example", u->login);
	int rc = DB_RUN(ST_USER_INSERT, &res, DBS(u->login), DBS(u->name), DBS(email), DBI(l->dept_id[u->dept]),
	    u->superior >= 0 ? DBI(l->user_id[u->superior]) : DBN, DBI(u->roles), DBI(u->can_sign),
	    DBI(u->salary_fen), DBS("2018-03-01"), DBS("zh-CN"), DBS(l->hash), DBI(0), DBI(l->now), DBI(l->now));
	l->user_id[i] = (long long)res.insert_id;
	db_free(&res);
	if (rc == DB_OK && u->head_of >= 0)
		rc = DB_RUN(ST_DEPT_SET_HEAD, NULL, DBI(l->user_id[i]), DBI(l->dept_id[u->head_of]));
	return rc;
}

static int load_tx(void *ctx)
{
	struct load *l = ctx;
	int rc = insert_depts(l);
	for (size_t i = 0; rc == DB_OK && i < NUSERS; i++)
		rc = insert_user(l, i);
	/* Each request type's own demo data: rooms, merchants, budgets. */
	if (rc == DB_OK)
		rc = flows_demo(l->now);
	struct audit_event ev = {0, "demo_loaded", "", 0, "demo organisation", "", "system"};
	return rc == DB_OK ? audit_add(&ev) : rc;
}

int demo_load(void)
{
	static struct load l;
	struct dbres res;
	int rc = DB_RUN0(ST_USER_COUNT, &res);
	const struct auth_total *count = auth_total_at(&res, 0);
	long long n = count ? count->total : 0;
	db_free(&res);
	if (rc != DB_OK)
		return -1;
	if (n > 0)
		return 0;
	/* One hash for every demo account keeps start-up quick. */
	if (pw_hash(DEMO_PASSWORD, PW_MIN_ITER, l.hash))
		return -1;
	l.now = clock_now();
	return db_tx(load_tx, &l) == DB_OK ? 0 : -1;
}

void demo_print(const char *base_url)
{
	printf("\n  Liaison is running at %s/\n\n  Demo accounts (password for all: %s)\n", base_url, DEMO_PASSWORD);
	for (size_t i = 0; i < NUSERS; i++)
		printf("    %-12s %s  %s\n", users[i].login, users[i].name, depts[users[i].dept].name);
	printf("\n");
}
