/*
 * test_outing.c - 外出登记 (LV-11) over real HTTP, with the settable clock:
 * registered and approved before leaving, who is out now, the printable
 * register, back; text at its limits; drafts.  Every outing lies in
 * November 2031; the setup withdraws earlier runs' outings so the file runs
 * again on the same stack.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"

static void test_LV11_outing_approved_before_leaving_and_out_now(void **state)
{
	(void)state;
	clock_wall(2031, 11, 3, 9, 0, 0);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/outing"), 200);
	const char *past[] = {"destination", "万达广场", "purpose", "商家拜访", "from_at", "2031-11-03T08:30", "to_at",
	    "2031-11-03T11:00", "companions", "刘洋", NULL};
	assert_int_equal(hc_post(c, "/new/outing", past), 400);
	assert_true(hc_has(c, "出发前登记"));
	const char *ok[] = {"destination", "万达广场", "purpose", "商家拜访", "from_at", "2031-11-03T09:30", "to_at",
	    "2031-11-03T11:00", "companions", "刘洋", NULL};
	assert_int_equal(hc_post(c, "/new/outing", ok), 303);
	long long id = id_from_location(c);
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(decide_on_page("mkt_head", id, "approve"), 303);
	clock_wall(2031, 11, 3, 10, 0, 0);
	c = as("mkt_staff2");
	assert_int_equal(hc_get(c, "/outings/now"), 200);
	assert_true(hc_has(c, "万达广场"));
	assert_int_equal(hc_get(as("mkt_head"), "/outings/register?month=2031-11"), 200);
	assert_true(hc_has(as("mkt_head"), "人员外出登记表"));
	assert_true(hc_has(as("mkt_head"), "万达广场"));
	assert_true(hc_has(as("mkt_head"), "李强"));   /* the manager who approved */
	/* Back: off the list. */
	char path[64];
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	snprintf(path, sizeof path, "/outing/%lld/back", id);
	assert_int_equal(hc_post(as("mkt_staff"), path, (const char *[]){NULL}), 303);
	assert_int_equal(hc_get(c, "/outings/now"), 200);
	assert_false(hc_has(c, "万达广场"));
	/* Staff do not see the register. */
	assert_int_equal(hc_get(c, "/outings/register"), 403);
}

/* Every text field at its declared limit, in 3- and 4-byte characters. */
static void test_LV11_text_fields_at_their_limit_in_chinese_stored_whole(void **state)
{
	(void)state;
	clock_wall(2031, 11, 10, 9, 0, 0);
	char *dest = cjk_text(200), *purpose = cjk_text(500), *with = cjk_text(200), *more = cjk_text(201);
	struct hc *c = as("mkt_staff2");
	assert_int_equal(hc_get(c, "/new/outing"), 200);
	const char *p[] = {"destination", dest, "purpose", purpose, "from_at", "2031-11-10T10:00", "to_at",
	    "2031-11-10T12:00", "companions", with, NULL};
	assert_int_equal(hc_post(c, "/new/outing", p), 303);
	long long id = id_from_location(c);
	assert_true(stored_is("outing_requests", "destination", "request_id", id, dest));
	assert_true(stored_is("outing_requests", "purpose", "request_id", id, purpose));
	assert_true(stored_is("outing_requests", "companions", "request_id", id, with));
	char path[64];
	snprintf(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, dest));
	assert_true(hc_has(c, purpose));
	assert_int_equal(hc_get(c, "/mine"), 200);
	assert_int_equal(withdraw("mkt_staff2", id), 303);
	long long n = request_count();
	assert_int_equal(hc_get(c, "/new/outing"), 200);
	const char *q[] = {"destination", more, "purpose", purpose, "from_at", "2031-11-10T10:00", "to_at",
	    "2031-11-10T12:00", "companions", with, NULL};
	assert_int_equal(hc_post(c, "/new/outing", q), 400);
	assert_true(error_beside(c, "destination", NULL));
	assert_true(hc_has(c, more));
	assert_int_equal(request_count(), n);
	free(dest);
	free(purpose);
	free(with);
	free(more);
}

/* A draft is kept even with a start already past; submitting it applies
 * the rule, and a later start goes through. */
static void test_LV11_draft_with_past_start_kept_rules_at_submission(void **state)
{
	(void)state;
	clock_wall(2031, 11, 17, 9, 0, 0);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/outing"), 200);
	const char *p[] = {"destination", "国贸", "purpose", "客户回访", "from_at", "2031-11-17T08:00", "to_at",
	    "2031-11-17T11:00", "draft", "1", NULL};
	assert_int_equal(hc_post(c, "/new/outing", p), 303);
	long long id = id_from_location(c);
	assert_string_equal(state_of(id), "draft");
	assert_string_equal(pending(id), "");
	char path[64], v[24];
	snprintf(path, sizeof path, "/requests/%lld/edit", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "国贸"));
	snprintf(path, sizeof path, "/requests/%lld/edit/outing", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *go[] = {"destination", "国贸", "purpose", "客户回访", "from_at", "2031-11-17T08:00", "to_at",
	    "2031-11-17T11:00", "version", v, NULL};
	assert_int_equal(hc_post(c, path, go), 400);
	assert_true(hc_has(c, "出发前登记"));
	assert_string_equal(state_of(id), "draft");
	const char *later[] = {"destination", "国贸", "purpose", "客户回访", "from_at", "2031-11-17T10:00", "to_at",
	    "2031-11-17T11:00", "version", v, NULL};
	assert_int_equal(hc_post(c, path, later), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_string_equal(pending(id), "mkt_head");
}

static int setup(void **state)
{
	(void)state;
	hc_clock("");
	hc_sql("UPDATE requests SET state = 'withdrawn' WHERE type = 'outing'", NULL, 0);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_LV11_outing_approved_before_leaving_and_out_now),
		cmocka_unit_test(test_LV11_text_fields_at_their_limit_in_chinese_stored_whole),
		cmocka_unit_test(test_LV11_draft_with_past_start_kept_rules_at_submission),
	};
	return cmocka_run_group_tests(tests, setup, fixture_real_time);
}
