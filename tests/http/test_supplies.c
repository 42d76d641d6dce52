/*
 * test_supplies.c - 办公用品、固定资产领用 (OS-01) over real HTTP: a staff
 * member files item rows (name, specification, quantity, unit), the
 * department manager approves, the assistant gathers approved requests
 * into a consolidated report (汇总上报单: per-item totals, printable, CSV),
 * marks it sent, then records the hand-out of every row - with one asset
 * tag per fixed asset.  Forms with mistakes come back with each error
 * beside its row and everything typed kept.  Every request is new and
 * named with this run's tag, so the file runs again on the same stack.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "client.h"

/* One item row as typed (NULL: left empty). */
struct item {
	const char *name, *spec, *qty, *unit;
};

#define PAIRS_MAX 96

/* The pairs of a supplies form: kind, purpose, rows, then extra pairs. */
static void form_pairs(const char **p, const char *kind, const char *purpose, const struct item *items, size_t n,
    const char *const *extra)
{
	static char names[8][4][16];
	size_t k = 0;
	p[k++] = "kind", p[k++] = kind, p[k++] = "purpose", p[k++] = purpose;
	for (size_t i = 0; i < n && i < 8; i++) {
		const char *v[4] = {items[i].name, items[i].spec, items[i].qty, items[i].unit};
		static const char *const col[4] = {"name", "spec", "qty", "unit"};
		for (int c = 0; c < 4; c++) {
			if (!v[c])
				continue;
			snprintf(names[i][c], sizeof names[i][c], "%s_%zu", col[c], i + 1);
			p[k++] = names[i][c], p[k++] = v[c];
		}
	}
	for (size_t i = 0; extra && extra[i] && k < PAIRS_MAX - 2; i++)
		p[k++] = extra[i];
	p[k] = NULL;
}

static long post_supplies(const char *login, const char *path, const char *kind, const char *purpose,
    const struct item *items, size_t n, const char *const *extra)
{
	const char *p[PAIRS_MAX + 1];
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/supplies"), 200);
	form_pairs(p, kind, purpose, items, n, extra);
	return hc_post(c, path, p);
}

static long long file_supplies(const char *login, const char *kind, const char *purpose, const struct item *items,
    size_t n)
{
	long st = post_supplies(login, "/new/supplies", kind, purpose, items, n, NULL);
	if (st != 303)
		fail_msg("filing answered %ld", st);
	return id_from_location(as(login));
}

/* Filed by mkt_staff and approved by the department manager. */
static long long approved(const char *kind, const char *purpose, const struct item *items, size_t n)
{
	long long id = file_supplies("mkt_staff", kind, purpose, items, n);
	assert_int_equal(decide("mkt_head", id, "approve", "同意领用", 0), 303);
	assert_string_equal(state_of(id), "approved");
	return id;
}

/* The assistant gathers ids into a report; returns the status, *report the new one's id. */
static long gather(struct hc *c, const long long *ids, size_t n, long long *report)
{
	char picks[16][48];
	const char *p[2 * 16 + 1];
	size_t k = 0;
	assert_int_equal(hc_get(c, "/supplies/reports"), 200);
	for (size_t i = 0; i < n && i < 16; i++) {
		snprintf(picks[i], sizeof picks[i], "%lld:%lld", ids[i], version_of(ids[i]));
		p[k++] = "pick", p[k++] = picks[i];
	}
	p[k] = NULL;
	long st = hc_post(c, "/supplies/reports", p);
	if (report) {
		const char *loc = hc_header(c, "Location");
		*report = 0;
		if (loc)
			sscanf(loc, "/supplies/reports/%lld", report);
	}
	return st;
}

static long long gathered(const long long *ids, size_t n)
{
	long long report = 0;
	assert_int_equal(gather(as("assistant"), ids, n, &report), 303);
	assert_true(report > 0);
	return report;
}

static long mark_sent(struct hc *c, long long report, const char *to, int confirm)
{
	char path[80];
	path_of(path, sizeof path, "/supplies/reports/%lld", report);
	assert_int_equal(hc_get(c, path), 200);
	path_of(path, sizeof path, "/supplies/reports/%lld/sent", report);
	const char *p[] = {"sent_to", to, confirm ? "confirm_sent" : NULL, "1", NULL};
	return hc_post(c, path, p);
}

/* A request approved, reported and sent. */
static long long sent(const char *kind, const char *purpose, const struct item *items, size_t n)
{
	long long id = approved(kind, purpose, items, n);
	long long report = gathered(&id, 1);
	assert_int_equal(mark_sent(as("assistant"), report, "行政部", 1), 303);
	return id;
}

/* POST the hand-out page of id with pairs (the version is added). */
static long hand_out(struct hc *c, long long id, const char *const *pairs)
{
	char path[64], v[24];
	const char *p[40];
	size_t k = 0;
	path_of(path, sizeof path, "/supplies/%lld/handout", id);
	if (hc_get(c, path) != 200)
		hc_get(c, "/");   /* a page with the csrf token all the same */
	snprintf(v, sizeof v, "%lld", version_of(id));
	p[k++] = "version", p[k++] = v;
	for (size_t i = 0; pairs[i] && k < 38; i++)
		p[k++] = pairs[i];
	p[k] = NULL;
	return hc_post(c, path, p);
}

static long long items_of(long long id)
{
	return sql_numf("SELECT COUNT(*) FROM supplies_items WHERE request_id = %lld", id);
}

/* Whether request id is in no report. */
static int unreported(long long id)
{
	return sql_numf("SELECT COUNT(*) FROM supplies_requests WHERE request_id = %lld AND report_id IS NULL", id) == 1;
}

/* ---- the form: item rows --------------------------------------------------- */

static void test_OS01_item_rows_filed_stored_and_shown(void **state)
{
	(void)state;
	char purpose[64], path[64];
	snprintf(purpose, sizeof purpose, "新员工入职 %s", tag);
	const struct item rows[] = {{"签字笔", "0.5mm 黑色", "10", "支"}, {"笔记本", "A5", "5", "本"}};
	long long id = file_supplies("mkt_staff", "supplies", purpose, rows, 2);
	assert_string_equal(state_of(id), "in_approval");
	assert_true(strncmp(number_of(id), "BG-", 3) == 0);
	assert_int_equal(items_of(id), 2);
	assert_string_equal(sql_str("SELECT CONCAT(name, '|', spec, '|', quantity, '|', unit) FROM supplies_items"
	                            " WHERE request_id = %lld AND line_no = 2", id), "笔记本|A5|5|本");
	assert_string_equal(sql_str("SELECT kind FROM requests WHERE id = %lld", id), "supplies");
	assert_string_equal(sql_str("SELECT title FROM requests WHERE id = %lld", id), "签字笔 ×10支, 笔记本 ×5本");
	/* the requester sees the rows and the kind, and cannot decide */
	struct hc *c = as("mkt_staff");
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, purpose));
	assert_true(hc_has(c, "<td class=\"lines\">签字笔</td><td>0.5mm 黑色</td><td class=\"num\">10 支</td>"));
	assert_true(hc_has(c, "办公用品 签字笔 ×10支"));
	assert_false(hc_has(c, "/decide\""));
	/* the printed sheet lists each row under its label */
	path_of(path, sizeof path, "/requests/%lld/print", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "物品2 数量"));
	/* someone not involved sees nothing */
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("ext_staff"), path), 403);
	/* a fixed asset is asked for the same way, its kind named */
	const struct item pc[] = {{"笔记本电脑", "14 英寸", "1", "台"}};
	long long a = file_supplies("mkt_staff", "asset", purpose, pc, 1);
	assert_string_equal(sql_str("SELECT kind FROM supplies_requests WHERE request_id = %lld", a), "asset");
	path_of(path, sizeof path, "/requests/%lld", a);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "固定资产 笔记本电脑 ×1台"));
}

static void test_OS01_row_errors_beside_each_row_values_kept(void **state)
{
	(void)state;
	char purpose[64];
	snprintf(purpose, sizeof purpose, "会议用 %s", tag);
	long long n = request_count();
	struct hc *c = as("mkt_staff");
	/* row 2 has a name but no quantity or unit; row 3 a quantity of 0 */
	const struct item rows[] = {{"订书机", "", "1", "个"}, {"订书钉", "24/6", NULL, NULL}, {"回形针", "", "0", "盒"}};
	assert_int_equal(post_supplies("mkt_staff", "/new/supplies", "supplies", purpose, rows, 3, NULL), 400);
	assert_true(error_beside(c, "qty_2", "请填写数量（正整数）。"));
	assert_true(error_beside(c, "unit_2", "请填写单位，如 支、包、台。"));
	assert_true(error_beside(c, "qty_3", NULL));
	assert_false(error_beside(c, "name_1", NULL));
	assert_false(error_beside(c, "qty_1", NULL));
	assert_false(error_beside(c, "name_2", NULL));
	assert_false(error_beside(c, "purpose", NULL));
	assert_true(hc_has(c, "name=\"name_2\" type=\"text\" value=\"订书钉\""));
	assert_true(hc_has(c, "name=\"spec_2\" type=\"text\" value=\"24/6\""));
	assert_true(hc_has(c, "name=\"qty_3\" type=\"number\" value=\"0\""));
	assert_true(hc_has(c, purpose));
	/* a name missing beside a row with a quantity; not a number beside its row */
	const struct item bad[] = {{NULL, "大号", "abc", "个"}, {NULL, NULL, "3", "盒"}};
	assert_int_equal(post_supplies("mkt_staff", "/new/supplies", "supplies", purpose, bad, 2, NULL), 400);
	assert_true(error_beside(c, "qty_1", NULL));
	assert_true(hc_has(c, "value=\"abc\""));
	assert_true(error_beside(c, "name_2", "请填写物品名称。"));
	/* no item at all: refused beside the rows, the purpose missing beside its own */
	assert_int_equal(post_supplies("mkt_staff", "/new/supplies", "supplies", "", NULL, 0, NULL), 400);
	assert_true(error_beside(c, "items", "请至少填写一项物品（名称、数量、单位）。"));
	assert_true(error_beside(c, "purpose", NULL));
	/* too many */
	const struct item many[] = {{"打印纸", "A4", "100000", "包"}};
	assert_int_equal(post_supplies("mkt_staff", "/new/supplies", "supplies", purpose, many, 1, NULL), 400);
	assert_true(error_beside(c, "qty_1", NULL));
	assert_int_equal(request_count(), n);
}

/* "More rows" shows the form again with more rows and everything kept;
 * no row is judged until it is submitted. */
static void test_OS01_more_rows_keeps_everything_typed(void **state)
{
	(void)state;
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/supplies"), 200);
	assert_true(hc_has(c, "name=\"name_3\""));
	assert_false(hc_has(c, "name=\"name_4\""));
	assert_true(hc_has(c, "formaction=\"/new/supplies/check\""));
	const struct item rows[] = {{"胶带", "宽 2cm", "2", "卷"}, {"剪刀", NULL, NULL, NULL}, {NULL, NULL, "4", NULL}};
	const char *more[] = {"rows", "6", NULL};
	long long n = request_count();
	assert_int_equal(post_supplies("mkt_staff", "/new/supplies/check", "asset", "布置展台", rows, 3, more), 200);
	assert_true(hc_has(c, "name=\"name_6\""));
	assert_false(hc_has(c, "name=\"name_7\""));
	assert_true(hc_has(c, "value=\"宽 2cm\""));
	assert_true(hc_has(c, "name=\"name_2\" type=\"text\" value=\"剪刀\""));
	assert_true(hc_has(c, "name=\"qty_3\" type=\"number\" value=\"4\""));
	assert_true(hc_has(c, "value=\"asset\" checked"));
	assert_true(hc_has(c, "value=\"布置展台\""));
	assert_false(error_beside(c, "qty_2", NULL));
	/* at most eight rows, and then no more button */
	const char *all[] = {"rows", "8", NULL};
	assert_int_equal(post_supplies("mkt_staff", "/new/supplies/check", "supplies", "布置展台", rows, 3, all), 200);
	assert_true(hc_has(c, "name=\"name_8\""));
	assert_false(hc_has(c, "formaction=\"/new/supplies/check\""));
	assert_int_equal(request_count(), n);
}

/* A draft keeps half-filled rows; editing it, and a returned request,
 * shows the rows as stored; resubmitting replaces them. */
static void test_OS01_draft_and_returned_request_keep_their_rows(void **state)
{
	(void)state;
	char path[64], v[24];
	const struct item rows[] = {{"白板笔", "红色", "3", "支"}, {"白板擦", NULL, NULL, NULL}};
	const char *draft[] = {"draft", "1", NULL};
	assert_int_equal(post_supplies("mkt_staff", "/new/supplies", "asset", "草稿", rows, 2, draft), 303);
	long long id = id_from_location(as("mkt_staff"));
	assert_string_equal(state_of(id), "draft");
	assert_int_equal(items_of(id), 2);
	struct hc *c = as("mkt_staff");
	path_of(path, sizeof path, "/requests/%lld/edit", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "name=\"name_2\" type=\"text\" value=\"白板擦\""));
	assert_true(hc_has(c, "name=\"spec_1\" type=\"text\" value=\"红色\""));
	assert_true(hc_has(c, "value=\"asset\" checked"));
	assert_true(hc_has(c, "name=\"name_8\""));
	/* submitted as it is, the half row is refused beside itself */
	path_of(path, sizeof path, "/requests/%lld/edit/supplies", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *go[] = {"version", v, NULL};
	const char *p[PAIRS_MAX + 1];
	form_pairs(p, "supplies", "领用", rows, 2, go);
	assert_int_equal(hc_post(c, path, p), 400);
	assert_true(error_beside(c, "qty_2", NULL));
	assert_string_equal(state_of(id), "draft");
	const struct item fixed[] = {{"白板笔", "红色", "3", "支"}, {"白板擦", NULL, "1", "个"}};
	form_pairs(p, "supplies", "领用", fixed, 2, go);
	assert_int_equal(hc_post(c, path, p), 303);
	assert_string_equal(state_of(id), "in_approval");
	/* returned by the manager: the edit page holds the rows */
	assert_int_equal(decide("mkt_head", id, "return", "请注明颜色", 0), 303);
	path_of(path, sizeof path, "/requests/%lld/edit", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "name=\"qty_2\" type=\"number\" value=\"1\""));
	path_of(path, sizeof path, "/requests/%lld/edit/supplies", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const struct item only[] = {{"白板笔", "蓝色", "6", "支"}};
	form_pairs(p, "supplies", "领用", only, 1, go);
	assert_int_equal(hc_post(c, path, p), 303);
	assert_int_equal(items_of(id), 1);
	assert_string_equal(sql_str("SELECT spec FROM supplies_items WHERE request_id = %lld", id), "蓝色");
}

/* ---- 统一上报: the consolidated report ---------------------------------------- */

static void test_OS01_gathered_into_report_with_per_item_totals_print_and_csv(void **state)
{
	(void)state;
	char pen[64], path[80], formula[32], line[256];
	snprintf(pen, sizeof pen, "签字笔%s", tag);
	snprintf(formula, sizeof formula, "=SUM(A1)%s", tag);
	const struct item a[] = {{pen, "0.5mm 黑色", "10", "支"}, {"笔记本", "A5", "5", "本"}};
	const struct item b[] = {{pen, "0.5mm 黑色", "6", "支"}, {formula, "", "1", "个"}};
	long long ids[2] = {approved("supplies", "部门日常", a, 2), approved("supplies", "展会", b, 2)};
	struct hc *c = as("assistant");
	assert_int_equal(hc_get(c, "/supplies/reports"), 200);
	assert_true(hc_has(c, number_of(ids[0])));
	assert_true(hc_has(c, number_of(ids[1])));
	long long report = gathered(ids, 2);
	assert_true(sql_numf("SELECT COUNT(*) FROM supplies_requests WHERE report_id = %lld", report) == 2);
	path_of(path, sizeof path, "/supplies/reports/%lld?created=1", report);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "汇总上报单已生成"));
	assert_true(hc_has(c, "待上报"));
	/* per item: the same pen of both requests is one line of 16 */
	snprintf(line, sizeof line, "<td class=\"lines\">%s</td><td class=\"short\">0.5mm 黑色</td><td>支</td><td class=\"num\">16</td>"
	                            "<td class=\"num\">2</td>", pen);
	assert_true(hc_has(c, line));
	assert_true(hc_has(c, number_of(ids[0])));
	/* gathered requests wait no more, and their timelines say so */
	assert_int_equal(hc_get(c, "/supplies/reports"), 200);
	assert_false(hc_has(c, number_of(ids[0])));
	path_of(path, sizeof path, "/requests/%lld", ids[0]);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), "已列入汇总上报单"));
	assert_true(hc_has(as("mkt_staff"), "尚未上报"));
	/* printable */
	path_of(path, sizeof path, "/supplies/reports/%lld/print", report);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "body class=\"sheet\""));
	assert_true(hc_has(c, "经办人（助理）签字"));
	assert_true(hc_has(c, line));
	/* CSV for Excel: BOM, totals first, a formula defused */
	path_of(path, sizeof path, "/supplies/reports/%lld/csv", report);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(c->len > 3 && !memcmp(c->body, "\xEF\xBB\xBF", 3));
	assert_true(strstr(hc_header(c, "Content-Type"), "text/csv") != NULL);
	snprintf(line, sizeof line, "\"办公用品\",\"%s\",\"0.5mm 黑色\",\"支\",\"16\",\"2\",\"0\"", pen);
	assert_true(hc_has(c, line));
	snprintf(line, sizeof line, "\"'%s\"", formula);
	assert_true(hc_has(c, line));
	assert_true(hc_has(c, "\"物品汇总\""));
	assert_true(strstr(c->body, "物品汇总") < strstr(c->body, "申请明细"));
	snprintf(line, sizeof line, "\"%s\",\"张伟\",\"市场部\",\"办公用品\",\"笔记本\",\"A5\",\"5\",\"本\",\"部门日常\"",
	    number_of(ids[0]));
	assert_true(hc_has(c, line));
}

/* The events of request id's timeline in this order, as login sees them. */
static void timeline_in_order(const char *login, long long id, const char *const *order, size_t n)
{
	char path[64];
	struct hc *s = as(login);
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(s, path), 200);
	const char *at = strstr(s->body, "class=\"timeline\"");
	assert_non_null(at);
	for (size_t i = 0; i < n; i++) {
		const char *hit = strstr(at, order[i]);
		if (!hit)
			fail_msg("timeline lacks \"%s\" after the previous events", order[i]);
		at = hit;
	}
}

/* Nothing is handed out before the report is sent; it is sent once,
 * confirmed and to someone named; a sent report is never given up. */
static void test_OS01_report_marked_sent_once_confirmed_and_named(void **state)
{
	(void)state;
	char path[80];
	const struct item rows[] = {{"签字笔", "", "10", "支"}};
	long long id = approved("supplies", "部门日常", rows, 1);
	long long report = gathered(&id, 1);
	struct hc *c = as("assistant");
	long long v = version_of(id), rows_before = audit_rows(id);
	assert_int_equal(hand_out(c, id, (const char *[]){"handed_1", "10", NULL}), 400);
	assert_true(hc_has(c, "尚未随汇总上报单上报"));
	assert_int_equal(version_of(id), v);
	assert_int_equal(audit_rows(id), rows_before);
	assert_int_equal(mark_sent(c, report, "行政部", 0), 400);
	assert_true(error_beside(c, "confirm_sent", NULL));
	assert_int_equal(mark_sent(c, report, "", 1), 400);
	assert_true(error_beside(c, "sent_to", NULL));
	assert_string_equal(sql_str("SELECT state FROM supplies_reports WHERE id = %lld", report), "draft");
	assert_int_equal(mark_sent(c, report, "行政部", 1), 303);
	assert_string_equal(sql_str("SELECT CONCAT(state, '|', sent_to) FROM supplies_reports WHERE id = %lld", report),
	    "sent|行政部");
	assert_int_equal(mark_sent(c, report, "采购部", 1), 409);
	assert_string_equal(sql_str("SELECT sent_to FROM supplies_reports WHERE id = %lld", report), "行政部");
	path_of(path, sizeof path, "/supplies/reports/%lld/dissolve", report);
	assert_int_equal(hc_post(c, path, (const char *[]){"confirm_dissolve", "1", NULL}), 409);
	assert_int_equal(audit_action(id, "supplies_report_sent"), 1);
	/* the request page now leads the assistant to the hand-out */
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "/handout\""));
}

static void test_OS01_hand_out_recorded_per_row_short_needs_a_note(void **state)
{
	(void)state;
	char path[80];
	const struct item rows[] = {{"签字笔", "", "10", "支"}, {"笔记本", "", "5", "本"}};
	long long id = sent("supplies", "部门日常", rows, 2);
	struct hc *c = as("assistant");
	assert_int_equal(hand_out(c, id, (const char *[]){"handed_1", "10", NULL}), 400);
	assert_true(error_beside(c, "handed_2", NULL));
	assert_int_equal(hand_out(c, id, (const char *[]){"handed_1", "11", "handed_2", "5", NULL}), 400);
	assert_true(error_beside(c, "handed_1", "发放数量不能超过申请数量。"));
	assert_false(error_beside(c, "handed_2", NULL));
	assert_int_equal(hand_out(c, id, (const char *[]){"handed_1", "10", "handed_2", "3", NULL}), 400);
	assert_true(error_beside(c, "note", "未足额发放，请在备注中说明原因。"));
	assert_true(hc_has(c, "name=\"handed_2\" type=\"number\" min=\"0\" max=\"5\" required value=\"3\""));
	assert_string_equal(state_of(id), "approved");
	/* recorded: each row's quantity, the note, the request done */
	const char *ok[] = {"handed_1", "10", "handed_2", "3", "note", "笔记本缺货 2 本，下周补发", NULL};
	assert_int_equal(hand_out(c, id, ok), 303);
	assert_string_equal(state_of(id), "done");
	assert_string_equal(sql_str("SELECT GROUP_CONCAT(handed_qty ORDER BY line_no) FROM supplies_items"
	                            " WHERE request_id = %lld", id), "10,3");
	assert_string_equal(sql_str("SELECT handed_out FROM supplies_requests WHERE request_id = %lld", id),
	    "笔记本缺货 2 本，下周补发");
	assert_int_equal(hand_out(c, id, ok), 403);   /* nothing more to record */
	/* the requester follows it all on the page and its timeline */
	const char *order[] = {"提交了申请", "同意", "审批通过", "已列入汇总上报单", "汇总上报单已上报", "办理完成",
	    "按物品登记发放"};
	timeline_in_order("mkt_staff", id, order, sizeof order / sizeof order[0]);
	assert_true(hc_has(as("mkt_staff"), "<td>3 本</td>"));
	assert_true(hc_has(as("mkt_staff"), "笔记本缺货 2 本"));
	/* the report counts it handed out */
	path_of(path, sizeof path, "/supplies/reports/%lld", sql_numf("SELECT report_id FROM supplies_requests"
	                                                              " WHERE request_id = %lld", id));
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "<dd>1/1</dd>"));
}

/* Fixed assets: one tag per piece handed out, each given once. */
static void test_OS01_fixed_asset_carries_one_tag_per_piece(void **state)
{
	(void)state;
	char t1[32], t2[32], both[80], twice[80], path[64];
	snprintf(t1, sizeof t1, "ZC-%s-1", tag);
	snprintf(t2, sizeof t2, "ZC-%s-2", tag);
	const struct item pc[] = {{"笔记本电脑", "14 英寸", "2", "台"}, {"显示器", "27 英寸", "1", "台"}};
	long long id = sent("asset", "新员工", pc, 2);
	struct hc *c = as("assistant");
	path_of(path, sizeof path, "/supplies/%lld/handout", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "name=\"tag_1\""));
	/* one tag for two pieces; no tag for the monitor */
	const char *few[] = {"handed_1", "2", "tag_1", t1, "handed_2", "1", NULL};
	assert_int_equal(hand_out(c, id, few), 400);
	assert_true(error_beside(c, "tag_1", "固定资产每件须有一个资产编号：编号个数应与发放数量相同。"));
	assert_true(error_beside(c, "tag_2", NULL));
	snprintf(twice, sizeof twice, "%s %s", t1, t1);
	const char *dup[] = {"handed_1", "2", "tag_1", twice, "handed_2", "1", "tag_2", t2, NULL};
	assert_int_equal(hand_out(c, id, dup), 400);
	assert_true(error_beside(c, "tag_1", "同一资产编号不能填写两次。"));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM supplies_assets WHERE tag = '%s'", t1), 0);
	/* separated by a Chinese comma; stored per row and as assets of the requester */
	snprintf(both, sizeof both, "%s，%s", t1, t2);
	char t3[32];
	snprintf(t3, sizeof t3, "ZC-%s-3", tag);
	const char *ok[] = {"handed_1", "2", "tag_1", both, "handed_2", "1", "tag_2", t3, NULL};
	assert_int_equal(hand_out(c, id, ok), 303);
	assert_string_equal(state_of(id), "done");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM supplies_assets WHERE request_id = %lld AND holder_id = %lld",
	                     id, user_id("mkt_staff")), 3);
	assert_string_equal(sql_str("SELECT line_no FROM supplies_assets WHERE tag = '%s'", t3), "2");
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), t2));
	/* a tag already given is refused for another asset */
	const struct item chair[] = {{"办公椅", "", "1", "把"}};
	long long other = sent("asset", "新工位", chair, 1);
	const char *taken[] = {"handed_1", "1", "tag_1", t2, NULL};
	assert_int_equal(hand_out(c, other, taken), 400);
	assert_true(error_beside(c, "tag_1", "此资产编号已登记给其他领用，请核对。"));
	assert_string_equal(state_of(other), "approved");
	/* office supplies take no tag */
	const struct item paper[] = {{"打印纸", "A4", "2", "包"}};
	long long plain = sent("supplies", "打印", paper, 1);
	const char *tagged[] = {"handed_1", "2", "tag_1", "ZC-1", NULL};
	assert_int_equal(hand_out(c, plain, tagged), 400);
	assert_true(error_beside(c, "tag_1", "办公用品无需填写资产编号。"));
}

/* The shared task page is no side door: the type's hook checks the same. */
static void test_OS01_hand_out_through_shared_task_page_checked_by_hook(void **state)
{
	(void)state;
	char path[64], v[24];
	const struct item rows[] = {{"文件夹", "", "3", "个"}};
	long long id = approved("supplies", "归档", rows, 1);
	struct hc *c = as("assistant");
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	path_of(path, sizeof path, "/requests/%lld/task/supplies", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *early[] = {"version", v, "handed_1", "3", NULL};
	assert_int_equal(hc_post(c, path, early), 400);
	assert_true(hc_has(c, "尚未随汇总上报单上报"));
	long long report = gathered(&id, 1);
	assert_int_equal(mark_sent(c, report, "行政部", 1), 303);
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(c, path), 200);
	path_of(path, sizeof path, "/requests/%lld/task/supplies", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *over[] = {"version", v, "handed_1", "4", NULL};
	assert_int_equal(hc_post(c, path, over), 400);
	assert_true(hc_has(c, "发放数量不能超过申请数量。"));
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM supplies_items WHERE request_id = %lld AND handed_qty IS NULL", id),
	    1);
	const char *ok[] = {"version", v, "handed_1", "3", NULL};
	assert_int_equal(hc_post(c, path, ok), 303);
	assert_string_equal(state_of(id), "done");
}

static void test_OS01_manager_rejects_with_reason_requester_sees_it(void **state)
{
	(void)state;
	char path[64];
	const struct item rows[] = {{"打印机", "激光", "1", "台"}};
	long long id = file_supplies("mkt_staff", "asset", "个人使用", rows, 1);
	assert_int_equal(decide("mkt_head", id, "reject", "办公用品不含个人打印机", 0), 303);
	assert_string_equal(state_of(id), "rejected");
	const char *p[] = {"handed_1", "1", "tag_1", "X-1", NULL};
	assert_int_equal(hand_out(as("assistant"), id, p), 403);
	assert_string_equal(state_of(id), "rejected");
	struct hc *c = as("assistant");
	assert_int_equal(hc_get(c, "/supplies/reports"), 200);
	assert_false(hc_has(c, number_of(id)));
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), "办公用品不含个人打印机"));
}

/* A cancellation takes a request out of a report still being gathered; a
 * sent report keeps its requests. */
static void test_OS01_cancel_leaves_a_draft_report_but_not_a_sent_one(void **state)
{
	(void)state;
	char path[64], v[24];
	const struct item rows[] = {{"便利贴", "", "4", "本"}};
	long long id = approved("supplies", "备用", rows, 1), other = approved("supplies", "备用", rows, 1);
	long long ids[2] = {id, other};
	long long report = gathered(ids, 2);
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	path_of(path, sizeof path, "/requests/%lld/cancel", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *p[] = {"version", v, "comment", "不需要了", "confirm", "1", NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, p), 303);
	assert_string_equal(state_of(id), "cancelled");
	assert_true(unreported(id));
	assert_int_equal(audit_action(id, "supplies_unreported"), 1);
	assert_int_equal(mark_sent(as("assistant"), report, "行政部", 1), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM supplies_requests WHERE report_id = %lld", report), 1);
	/* once sent, the request stays */
	path_of(path, sizeof path, "/requests/%lld", other);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	path_of(path, sizeof path, "/requests/%lld/cancel", other);
	snprintf(v, sizeof v, "%lld", version_of(other));
	const char *q[] = {"version", v, "comment", "不需要了", "confirm", "1", NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, q), 400);
	assert_true(hc_has(as("mkt_staff"), "已随汇总上报单上报，不能取消"));
	assert_string_equal(state_of(other), "approved");
}

/* A draft report given up: its requests wait again; confirmed first. */
static void test_OS01_draft_report_dissolved_requests_wait_again(void **state)
{
	(void)state;
	char path[80];
	const struct item rows[] = {{"墨盒", "HP 803", "2", "个"}};
	long long id = approved("supplies", "打印", rows, 1);
	long long report = gathered(&id, 1);
	struct hc *c = as("assistant");
	path_of(path, sizeof path, "/supplies/reports/%lld", report);
	assert_int_equal(hc_get(c, path), 200);
	path_of(path, sizeof path, "/supplies/reports/%lld/dissolve", report);
	assert_int_equal(hc_post(c, path, (const char *[]){NULL}), 400);
	assert_true(error_beside(c, "confirm_dissolve", NULL));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM supplies_reports WHERE id = %lld", report), 1);
	const char *sure[] = {"confirm_dissolve", "1", NULL};
	assert_int_equal(hc_post(c, path, sure), 303);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM supplies_reports WHERE id = %lld", report), 0);
	assert_true(unreported(id));
	assert_int_equal(audit_action(id, "supplies_unreported"), 1);
	assert_int_equal(hc_get(c, "/supplies/reports"), 200);
	assert_true(hc_has(c, number_of(id)));
	/* a pick seen before it changed is refused whole */
	long long stale = 0;
	long long v = version_of(id);
	char pick[48];
	snprintf(pick, sizeof pick, "%lld:%lld", id, v + 1);
	const char *p[] = {"pick", pick, NULL};
	assert_int_equal(hc_post(c, "/supplies/reports", p), 409);
	assert_true(hc_has(c, "所选申请已有变化"));
	assert_int_equal(gather(c, &id, 1, &stale), 303);
}

/* Every text field at its declared limit, in 3- and 4-byte characters:
 * stored whole, shown whole; one more is refused beside its field. */
static void test_OS01_text_fields_at_their_limit_in_chinese_stored_whole(void **state)
{
	(void)state;
	char *name = cjk_text(50), *spec = cjk_text(100), *unit = cjk_text(10), *purpose = cjk_text(200);
	char *note = cjk_text(200), *to = cjk_text(100), *tag25 = cjk_text(25), *reason = cjk_text(1000);
	char path[80];
	const struct item rows[] = {{name, spec, "2", unit}};
	long long id = file_supplies("mkt_staff", "asset", purpose, rows, 1);
	assert_true(stored_is("supplies_items", "name", "request_id", id, name));
	assert_true(stored_is("supplies_items", "spec", "request_id", id, spec));
	assert_true(stored_is("supplies_items", "unit", "request_id", id, unit));
	assert_true(stored_is("supplies_requests", "purpose", "request_id", id, purpose));
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), name));
	assert_true(hc_has(as("mkt_staff"), spec));
	assert_true(hc_has(as("mkt_staff"), purpose));
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	long long report = gathered(&id, 1);
	assert_int_equal(mark_sent(as("assistant"), report, to, 1), 303);
	assert_true(stored_is("supplies_reports", "sent_to", "id", report, to));
	char tags[200], tag_at_limit[160];
	snprintf(tag_at_limit, sizeof tag_at_limit, "%s-%s", tag25, tag);   /* 25 + 1 + 6: this run's own */
	snprintf(tags, sizeof tags, "%s ZC-%s", tag_at_limit, tag);
	const char *p[] = {"handed_1", "2", "tag_1", tags, "note", note, NULL};
	assert_int_equal(hand_out(as("assistant"), id, p), 303);
	assert_true(stored_is("supplies_requests", "handed_out", "request_id", id, note));
	assert_true(stored_is("supplies_items", "asset_tags", "request_id", id, tags));
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM supplies_assets WHERE request_id = %lld AND tag = '%s'", id,
	                     tag_at_limit), 1);
	path_of(path, sizeof path, "/supplies/reports/%lld", report);
	assert_int_equal(hc_get(as("assistant"), path), 200);
	assert_true(hc_has(as("assistant"), name));
	assert_true(hc_has(as("assistant"), to));
	/* a reason at its limit is kept whole */
	long long id2 = file_supplies("mkt_staff", "supplies", "理由", rows, 1);
	assert_int_equal(decide("mkt_head", id2, "reject", reason, 0), 303);
	assert_true(stored_is("step_assignees", "comment", "state = 'rejected' AND request_id", id2, reason));
	/* one character more: refused beside the field, what was typed kept */
	char *more = cjk_text(51), *long_tag = cjk_text(33);
	const struct item over[] = {{more, spec, "2", unit}};
	long long n = request_count();
	assert_int_equal(post_supplies("mkt_staff", "/new/supplies", "supplies", purpose, over, 1, NULL), 400);
	assert_true(error_beside(as("mkt_staff"), "name_1", NULL));
	assert_true(hc_has(as("mkt_staff"), more));
	assert_int_equal(request_count(), n);
	long long id3 = sent("asset", "编号", (const struct item[]){{"椅子", "", "1", "把"}}, 1);
	const char *q[] = {"handed_1", "1", "tag_1", long_tag, NULL};
	assert_int_equal(hand_out(as("assistant"), id3, q), 400);
	assert_true(error_beside(as("assistant"), "tag_1", "资产编号太长（每个最多 32 个字符）。"));
	free(name), free(spec), free(unit), free(purpose), free(note), free(to), free(tag25), free(reason);
	free(more), free(long_tag);
}

/* ---- who may, and two at once ------------------------------------------------ */

/* Each demo role on every page of the reports and the hand-out: only the
 * assistant; a request of another type is not handed out here. */
static void test_OS01_report_pages_permission_walk_each_demo_role(void **state)
{
	(void)state;
	static const char *const logins[] = {"gm", "president", "admin", "office", "director", "mkt_head", "mkt_deputy",
	    "mkt_staff", "mkt_staff2", "ext_head", "ext_deputy", "ext_staff", "finance", "hr_clerk", "assistant"};
	const struct item rows[] = {{"订书机", "", "1", "个"}};
	long long id = approved("supplies", "权限", rows, 1);
	long long report = gathered(&id, 1);
	char get[4][80], post[80], hand[64];
	path_of(get[0], sizeof get[0], "/supplies/reports/%lld", report);
	path_of(get[1], sizeof get[1], "/supplies/reports/%lld/print", report);
	path_of(get[2], sizeof get[2], "/supplies/reports/%lld/csv", report);
	path_of(get[3], sizeof get[3], "/supplies/%lld/handout", id);
	path_of(post, sizeof post, "/supplies/reports/%lld/sent", report);
	path_of(hand, sizeof hand, "/supplies/%lld/handout", id);
	for (size_t i = 0; i < sizeof logins / sizeof logins[0]; i++) {
		struct hc *c = as(logins[i]);
		long want = strcmp(logins[i], "assistant") ? 403 : 200;
		assert_int_equal(hc_get(c, "/"), 200);
		if (hc_get(c, "/supplies/reports") != want)
			fail_msg("%s: /supplies/reports answered %ld", logins[i], c->status);
		for (int k = 0; k < 4; k++)
			if (hc_get(c, get[k]) != want)
				fail_msg("%s: %s answered %ld", logins[i], get[k], c->status);
		if (want == 403) {
			assert_int_equal(hc_get(c, "/"), 200);
			const char *p[] = {"sent_to", "行政部", "confirm_sent", "1", NULL};
			assert_int_equal(hc_post(c, post, p), 403);
			assert_int_equal(hand_out(c, id, (const char *[]){"handed_1", "1", NULL}), 403);
			assert_int_equal(hc_get(c, "/"), 200);
			assert_false(hc_has(c, "href=\"/supplies/reports\""));
		}
	}
	assert_string_equal(sql_str("SELECT state FROM supplies_reports WHERE id = %lld", report), "draft");
	/* a POST without the CSRF token changes nothing */
	const char *forged[] = {"sent_to", "行政部", "confirm_sent", "1", "csrf", "0", NULL};
	assert_int_equal(hc_post(as("assistant"), post, forged), 403);
	assert_string_equal(sql_str("SELECT state FROM supplies_reports WHERE id = %lld", report), "draft");
	/* the assistant sees the top-bar link; a probe is no supplies request */
	assert_int_equal(hc_get(as("assistant"), "/"), 200);
	assert_true(hc_has(as("assistant"), "href=\"/supplies/reports\""));
	long long probe = file_probe("mkt_staff", "task");
	assert_int_equal(decide("mkt_head", probe, "approve", "", 0), 303);
	path_of(hand, sizeof hand, "/supplies/%lld/handout", probe);
	assert_int_equal(hc_get(as("assistant"), hand), 404);
	assert_int_equal(hand_out(as("assistant"), probe, (const char *[]){"handed_1", "1", NULL}), 404);
	assert_string_equal(state_of(probe), "approved");
	/* a report nobody made */
	assert_int_equal(hc_get(as("assistant"), "/supplies/reports/999999999"), 404);
}

/* One gathering of the same three picks, each child in its own order. */
static long post_gather(struct hc *k, int i, void *ctx)
{
	char (*picks)[48] = ctx;
	const char *p[] = {"pick", picks[i % 3], "pick", picks[(i + 1) % 3], "pick", picks[(i + 2) % 3], NULL};
	return hc_post(k, "/supplies/reports", p);
}

/* N children POST the same picks at once (each in its own order), with
 * the assistant's session; *won counts 303s, *refused 409s. */
static void race_gather(struct hc *c, char picks[3][48], int n, int *won, int *refused)
{
	struct hc_race r = hc_race(c, n, post_gather, picks, 303, 409);
	*won = r.ok;
	*refused = r.refused;
}

/* Many gatherings of the same requests at once: one report holds them,
 * the others are refused and make nothing (each pick is locked, in id
 * order whatever order it came in). */
static void test_OS01_concurrent_gatherings_one_report_holds_each_request(void **state)
{
	(void)state;
	enum { N = 16 };
	const struct item rows[] = {{"计算器", "", "1", "个"}};
	long long ids[3] = {approved("supplies", "并发", rows, 1), approved("supplies", "并发", rows, 1),
	    approved("supplies", "并发", rows, 1)};
	struct hc *c = as("assistant");
	assert_int_equal(hc_get(c, "/supplies/reports"), 200);
	long long reports0 = sql_num("SELECT COUNT(*) FROM supplies_reports");
	char picks[3][48];
	for (int i = 0; i < 3; i++)
		snprintf(picks[i], sizeof picks[i], "%lld:%lld", ids[i], version_of(ids[i]));
	int won, refused;
	race_gather(c, picks, N, &won, &refused);
	if (won != 1 || refused != N - 1)
		fail_msg("303: %d, 409: %d, other: %d", won, refused, N - won - refused);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM supplies_reports") - reports0, 1);
	assert_int_equal(sql_numf("SELECT COUNT(DISTINCT report_id) FROM supplies_requests WHERE request_id IN"
	                          " (%lld, %lld, %lld) AND report_id IS NOT NULL", ids[0], ids[1], ids[2]), 1);
	for (int i = 0; i < 3; i++)
		assert_int_equal(audit_action(ids[i], "supplies_reported"), 1);
}

/* A request filed with the one box and one number before item rows still
 * shows its list. */
static void test_OS01_request_from_before_item_rows_still_shows(void **state)
{
	(void)state;
	char path[64], old[96];
	const struct item rows[] = {{"占位", "", "1", "个"}};
	long long id = file_supplies("mkt_staff", "supplies", "旧申请", rows, 1);
	snprintf(old, sizeof old, "订书机 ×1\n回形针 ×2 %s", tag);
	char sql[400];
	snprintf(sql, sizeof sql, "DELETE FROM supplies_items WHERE request_id = %lld;"
	                          " UPDATE supplies_requests SET items = '%s', quantity = 3 WHERE request_id = %lld", id,
	    old, id);
	assert_int_equal(hc_sql(sql, NULL, 0), 0);
	path_of(path, sizeof path, "/requests/%lld", id);
	assert_int_equal(hc_get(as("mkt_staff"), path), 200);
	assert_true(hc_has(as("mkt_staff"), old));
	assert_true(hc_has(as("mkt_staff"), "<td class=\"num\">3 </td>"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_OS01_item_rows_filed_stored_and_shown),
		cmocka_unit_test(test_OS01_row_errors_beside_each_row_values_kept),
		cmocka_unit_test(test_OS01_more_rows_keeps_everything_typed),
		cmocka_unit_test(test_OS01_draft_and_returned_request_keep_their_rows),
		cmocka_unit_test(test_OS01_gathered_into_report_with_per_item_totals_print_and_csv),
		cmocka_unit_test(test_OS01_report_marked_sent_once_confirmed_and_named),
		cmocka_unit_test(test_OS01_hand_out_recorded_per_row_short_needs_a_note),
		cmocka_unit_test(test_OS01_fixed_asset_carries_one_tag_per_piece),
		cmocka_unit_test(test_OS01_hand_out_through_shared_task_page_checked_by_hook),
		cmocka_unit_test(test_OS01_manager_rejects_with_reason_requester_sees_it),
		cmocka_unit_test(test_OS01_cancel_leaves_a_draft_report_but_not_a_sent_one),
		cmocka_unit_test(test_OS01_draft_report_dissolved_requests_wait_again),
		cmocka_unit_test(test_OS01_text_fields_at_their_limit_in_chinese_stored_whole),
		cmocka_unit_test(test_OS01_report_pages_permission_walk_each_demo_role),
		cmocka_unit_test(test_OS01_concurrent_gatherings_one_report_holds_each_request),
		cmocka_unit_test(test_OS01_request_from_before_item_rows_still_shows),
	};
	return cmocka_run_group_tests(tests, fixture_new_run, fixture_real_time);
}
