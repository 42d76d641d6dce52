/* agreement_demo.c - the demo's merchants, so `make run` can draft an
 * agreement at once. */
#include "flows/agreement/agreement.h"

#include <stddef.h>

#include "db/db.h"
#include "flows/agreement/agreement_sql.h"

int agreement_demo(long long now)
{
	static const char *const m[][4] = {
		{"华润万家超市", "王经理 13800000001", "深圳市罗湖区", "饮料赞助"},
		{"新华书店", "李主任 13800000002", "北京市西城区", "图书奖品"},
		{"蓝天文具有限公司", "赵小姐 13800000003", "上海市浦东新区", ""},
	};
	int rc = DB_OK;
	for (size_t i = 0; rc == DB_OK && i < sizeof m / sizeof m[0]; i++)
		rc = DB_RUN(ST_MERCHANT_ADD, NULL, DBS(m[i][0]), DBS(m[i][1]), DBS(m[i][2]), DBS(m[i][3]), DBI(1),
		    DBI(now));
	return rc;
}
