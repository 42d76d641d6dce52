/*
 * roles.h - the roles of domain.md ("People and authority"), as bits:
 * a user's roles combine (AU-01).
 */
#ifndef LIAISON_ROLES_H
#define LIAISON_ROLES_H

enum role {
	ROLE_STAFF = 1u << 0,
	ROLE_DEPUTY = 1u << 1,      /* 副部长, 营销主管 */
	ROLE_HEAD = 1u << 2,        /* 部长, 部门经理 */
	ROLE_DIRECTOR = 1u << 3,    /* 营销总监 */
	ROLE_GM = 1u << 4,          /* 总经理 */
	ROLE_EXEC = 1u << 5,        /* 总裁, 副总裁 */
	ROLE_OFFICE = 1u << 6,      /* 总经办 */
	ROLE_FINANCE = 1u << 7,     /* 财务部 */
	ROLE_CLERK = 1u << 8,       /* 内勤 / 人力资源部主管: attendance */
	ROLE_ADMIN = 1u << 9,
	ROLE_ASSISTANT = 1u << 10,  /* 助理: hands out office supplies (OS-01) */
	ROLE_CHAIRMAN = 1u << 11,   /* 董事长: above the general manager, decides his own leave */
};

#define ROLE_COUNT 12
#define ROLE_ALL ((1u << ROLE_COUNT) - 1)

/* role_key - the role's short name, used in language keys and forms. */
const char *role_key(unsigned bit_index);

#endif
