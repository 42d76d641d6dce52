/*
 * test_supplies.c - 办公用品领用 (OS-01) over real HTTP: a staff member
 * files, the department manager approves, the assistant records the
 * hand-out, and the requester follows it all on the request's timeline;
 * a form with mistakes comes back with each error beside its field and
 * everything typed kept.  Only demo accounts are logged into; every
 * request is new, so the file runs again on the same stack.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

static struct hc *staff, *head, *assistant, *other;

static long post_supplies(const char *items, const char *quantity, const char *purpose)
{
	assert_int_equal(hc_get(staff, "/new/supplies"), 200);
	const char *p[] = {"items", items, "quantity", quantity, "purpose", purpose, NULL};
	return hc_post(staff, "/new/supplies", p);
}

static long long file_supplies(const char *items, const char *quantity, const char *purpose)
{
	assert_int_equal(post_supplies(items, quantity, purpose), 303);
	long long id = 0;
	const char *loc = hc_header(staff, "Location");
	assert_non_null(loc);
	assert_int_equal(sscanf(loc, "/requests/%lld", &id), 1);
	return id;
}

static long approve(struct hc *c, long long id)
{
	char path[64], v[24];
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	path_of(path, sizeof path, "/requests/%lld/decide", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *p[] = {"action", "approve", "version", v, "comment", "同意领用", NULL};
	return hc_post(c, path, p);
}

static long hand_out(struct hc *c, long long id, const char *what)
{
	char path[64], v[24];
	path_of(path, sizeof path, "/requests/%lld/task/supplies", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *p[] = {"version", v, "handed_out", what, NULL};
	return hc_post(c, path, p);
}

static void test_OS01_filed_approved_by_manager_handed_out_by_assistant(void **state)
{
	(void)state;
	char purpose[64], path[64];
	snprintf(purpose, sizeof purpose, "新员工入职 %s", tag);
	long long id = file_supplies("签字笔 ×10\n笔记本 ×5", "15", purpose);
	assert_string_equal(state_of(id), "in_approval");
	assert_true(strncmp(number_of(id), "BG-", 3) == 0);
	/* the requester sees it and cannot decide it */
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(staff, path), 200);
	assert_true(hc_has(staff, purpose));
	assert_false(hc_has(staff, "/decide\""));
	assert_int_equal(approve(staff, id), 403);
	/* the assistant cannot hand out before the manager approves */
	assert_int_equal(hand_out(assistant, id, "早了"), 403);
	assert_int_equal(approve(head, id), 303);
	assert_string_equal(state_of(id), "approved");
	assert_true(sql_numf("SELECT COUNT(*) FROM step_assignees a JOIN users u ON u.id = a.user_id"
	                     " WHERE a.request_id = %lld AND a.state = 'pending' AND u.login = 'assistant'", id) == 1);
	/* the assistant's page offers the hand-out form */
	assert_int_equal(hc_get(assistant, path), 200);
	assert_true(hc_has(assistant, "/task/supplies\""));
	assert_true(hc_has(assistant, "name=\"handed_out\""));
	assert_int_equal(hand_out(head, id, "not mine"), 403);
	assert_int_equal(hand_out(assistant, id, "已发放：签字笔10支、笔记本5本"), 303);
	assert_string_equal(state_of(id), "done");
	assert_string_equal(sql_str("SELECT handed_out FROM supplies_requests WHERE request_id = %lld", id),
	    "已发放：签字笔10支、笔记本5本");
	/* the requester follows it on the timeline */
	assert_int_equal(hc_get(staff, path), 200);
	const char *order[] = {"提交了申请", "同意", "审批通过", "办理完成"};
	const char *at = staff->body;
	for (size_t i = 0; i < 4; i++) {
		const char *tl = strstr(staff->body, "class=\"timeline\"");
		assert_non_null(tl);
		if (at < tl)
			at = tl;
		const char *hit = strstr(at, order[i]);
		if (!hit)
			fail_msg("timeline lacks \"%s\" after the previous events", order[i]);
		at = hit;
	}
	assert_true(hc_has(staff, "同意领用"));
	assert_true(hc_has(staff, "已发放：签字笔10支、笔记本5本"));
	/* finished: nothing more to record */
	assert_int_equal(hand_out(assistant, id, "again"), 403);
	/* someone not involved sees nothing */
	assert_int_equal(hc_get(other, path), 403);
}

static void test_OS01_quantity_zero_refused_beside_field_values_kept(void **state)
{
	(void)state;
	char purpose[64];
	snprintf(purpose, sizeof purpose, "会议用 %s", tag);
	long long n = request_count();
	assert_int_equal(post_supplies("订书机 ×1", "0", purpose), 400);
	assert_true(error_beside(staff, "quantity", NULL));
	assert_false(error_beside(staff, "items", NULL));
	assert_false(error_beside(staff, "purpose", NULL));
	assert_true(hc_has(staff, "订书机 ×1</textarea>"));
	assert_true(hc_has(staff, purpose));
	assert_true(hc_has(staff, "name=\"quantity\" type=\"number\" value=\"0\""));
	assert_int_equal(request_count(), n);
	/* not a number: the same, the text kept */
	assert_int_equal(post_supplies("订书机 ×1", "abc", purpose), 400);
	assert_true(error_beside(staff, "quantity", NULL));
	assert_true(hc_has(staff, "value=\"abc\""));
	/* too many */
	assert_int_equal(post_supplies("订书机 ×1", "10001", purpose), 400);
	assert_true(error_beside(staff, "quantity", NULL));
	assert_int_equal(request_count(), n);
}

static void test_OS01_missing_items_refused_beside_field_values_kept(void **state)
{
	(void)state;
	char purpose[64];
	snprintf(purpose, sizeof purpose, "培训 %s", tag);
	long long n = request_count();
	assert_int_equal(post_supplies("", "7", purpose), 400);
	assert_true(error_beside(staff, "items", NULL));
	assert_false(error_beside(staff, "quantity", NULL));
	assert_true(hc_has(staff, purpose));
	assert_true(hc_has(staff, "name=\"quantity\" type=\"number\" value=\"7\""));
	/* missing purpose as well as items: both errors at once */
	assert_int_equal(post_supplies("", "7", ""), 400);
	assert_true(error_beside(staff, "items", NULL));
	assert_true(error_beside(staff, "purpose", NULL));
	assert_int_equal(request_count(), n);
}

static void test_OS01_empty_hand_out_refused_nothing_recorded(void **state)
{
	(void)state;
	long long id = file_supplies("文件夹 ×3", "3", "归档");
	assert_int_equal(approve(head, id), 303);
	long long v = version_of(id);
	assert_int_equal(hand_out(assistant, id, ""), 400);
	assert_true(error_beside(assistant, "handed_out", NULL));
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(version_of(id), v);
	assert_string_equal(sql_str("SELECT handed_out FROM supplies_requests WHERE request_id = %lld", id), "");
	assert_int_equal(hand_out(assistant, id, "文件夹3个"), 303);
	assert_string_equal(state_of(id), "done");
}

static void test_OS01_manager_rejects_with_reason_requester_sees_it(void **state)
{
	(void)state;
	char path[64], v[24];
	long long id = file_supplies("打印机 ×1", "1", "个人使用");
	path_of(path, sizeof path, "/requests/%lld/decide", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	assert_int_equal(hc_get(head, "/inbox"), 200);
	const char *p[] = {"action", "reject", "version", v, "comment", "办公用品不含打印机", NULL};
	assert_int_equal(hc_post(head, path, p), 303);
	assert_string_equal(state_of(id), "rejected");
	assert_int_equal(hand_out(assistant, id, "x"), 403);
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(staff, path), 200);
	assert_true(hc_has(staff, "办公用品不含打印机"));
}

/* Every text field at its declared limit, in 3- and 4-byte characters:
 * stored whole, shown whole, never cut inside a character. */
static void test_OS01_text_fields_at_their_limit_in_chinese_stored_whole(void **state)
{
	(void)state;
	char *items = cjk_text(500), *purpose = cjk_text(200), *given = cjk_text(200), *reason = cjk_text(1000);
	long long id = file_supplies(items, "15", purpose);
	assert_true(stored_is("supplies_requests", "items", "request_id", id, items));
	assert_true(stored_is("supplies_requests", "purpose", "request_id", id, purpose));
	char path[64];
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(staff, path), 200);
	assert_true(hc_has(staff, purpose));
	assert_true(hc_has(staff, items));
	assert_int_equal(hc_get(staff, "/mine"), 200);
	assert_int_equal(approve(head, id), 303);
	assert_int_equal(hand_out(assistant, id, given), 303);
	assert_true(stored_is("supplies_requests", "handed_out", "request_id", id, given));
	/* A reason at its limit is kept whole, in the step and in the audit. */
	long long id2 = file_supplies(items, "1", "理由");
	path_of(path, sizeof path, "/requests/%lld/decide", id2);
	char v[24];
	snprintf(v, sizeof v, "%lld", version_of(id2));
	assert_int_equal(hc_get(head, "/inbox"), 200);
	const char *p[] = {"action", "reject", "version", v, "comment", reason, NULL};
	assert_int_equal(hc_post(head, path, p), 303);
	assert_true(sql_numf("SELECT COUNT(*) FROM step_assignees WHERE request_id = %lld AND state = 'rejected'", id2) == 1);
	assert_true(stored_is("step_assignees", "comment", "state = 'rejected' AND request_id", id2, reason));
	assert_true(sql_numf("SELECT COUNT(*) FROM audit WHERE object_type = 'request' AND object_id = %lld"
	                     " AND action = 'reject' AND CHAR_LENGTH(detail) = 1000", id2) == 1);
	/* One character more: refused beside the field, what was typed kept. */
	char *more = cjk_text(201);
	long long n = request_count();
	assert_int_equal(post_supplies(items, "2", more), 400);
	assert_true(error_beside(staff, "purpose", NULL));
	assert_true(hc_has(staff, more));
	assert_int_equal(request_count(), n);
	free(items);
	free(purpose);
	free(given);
	free(reason);
	free(more);
}

static int group_setup(void **state)
{
	(void)state;
	new_tag();
	hc_clock("");
	staff = hc_new();
	head = hc_new();
	assistant = hc_new();
	other = hc_new();
	return hc_login(staff, "mkt_staff", DEMO_PW) && hc_login(head, "mkt_head", DEMO_PW) &&
	               hc_login(assistant, "assistant", DEMO_PW) && hc_login(other, "ext_staff", DEMO_PW)
	           ? 0
	           : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	hc_free(staff);
	hc_free(head);
	hc_free(assistant);
	hc_free(other);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_OS01_filed_approved_by_manager_handed_out_by_assistant),
		cmocka_unit_test(test_OS01_quantity_zero_refused_beside_field_values_kept),
		cmocka_unit_test(test_OS01_missing_items_refused_beside_field_values_kept),
		cmocka_unit_test(test_OS01_empty_hand_out_refused_nothing_recorded),
		cmocka_unit_test(test_OS01_manager_rejects_with_reason_requester_sees_it),
		cmocka_unit_test(test_OS01_text_fields_at_their_limit_in_chinese_stored_whole),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
