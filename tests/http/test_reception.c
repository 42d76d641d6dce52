/*
 * test_reception.c - 对外接待 by class (RC-01..RC-07) over real HTTP: the
 * class decides the route (A the president, office copied; B the
 * department manager; C nobody), the general office's coordination and
 * the summary gate, rooms and cars never double-booked (touching
 * intervals allowed, concurrent bookings, holds released), the day's
 * free/busy grid, the gift register, finance's settlement, who may see
 * what, and every text field at its limit.  Each run makes its own rooms
 * and cars (named with the run's tag), so the file runs again on the same
 * stack; bookings lie in 2033.
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

/* A room (or car) of this run, made through the admin page; its id. */
static long long resource(const char *kind, const char *prefix)
{
	char name[40];
	name_of(name, sizeof name, prefix);
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/resources/admin"), 200);
	const char *p[] = {"kind", kind, "name", name, "seats", "12", "driver", !strcmp(kind, "car") ? "陈师傅" : "", NULL};
	assert_int_equal(hc_post(a, "/resources/admin", p), 303);
	return sql_numf("SELECT id FROM reception_resources WHERE name = '%s'", name);
}

struct booking {
	const char *cls, *arrive, *depart, *tell;
	long long room, car;
};

/* POST /new/reception as login; the status. */
static long book(const char *login, const struct booking *b)
{
	char room[24], car[24], org[40];
	snprintf(room, sizeof room, "%lld", b->room);
	snprintf(car, sizeof car, "%lld", b->car);
	name_of(org, sizeof org, "来宾单位");
	struct hc *c = as(login);
	assert_int_equal(hc_get(c, "/new/reception"), 200);
	const char *p[] = {"class", b->cls, "guest_org", org, "guest_names", "张总、李经理", "guest_count", "3",
	    "leader_title", "总经理", "responsible", "张伟", "arrive_at", b->arrive, "depart_at", b->depart, "purpose",
	    "考察合作", "room_id", room, "car_id", car, "meals", "5", "meal_std", "120", "visit_route", "展厅—车间",
	    "gifts_plan", "纪念册", "amount", "1,500.00", "tell", b->tell ? b->tell : "", NULL};
	return hc_post(c, "/new/reception", p);
}

static long long booked(const char *login, const struct booking *b)
{
	assert_int_equal(book(login, b), 303);
	return id_from_location(as(login));
}

static long task(const char *login, long long id, const char *const *fields)
{
	char path[64], v[24];
	const char *p[40];
	size_t n = 0;
	struct hc *c = as(login);
	path_of(path, sizeof path, "/requests/%lld", id);
	hc_get(c, path);
	snprintf(v, sizeof v, "%lld", version_of(id));
	p[n++] = "version";
	p[n++] = v;
	for (size_t i = 0; fields[i] && n < 38; i++)
		p[n++] = fields[i];
	p[n] = NULL;
	path_of(path, sizeof path, "/requests/%lld/task/reception", id);
	return hc_post(c, path, p);
}

static long long holds(long long id, int firm)
{
	return sql_numf("SELECT COUNT(*) FROM reception_holds WHERE request_id = %lld AND firm = %d", id, firm);
}

static long view(const char *login, long long id)
{
	char path[64];
	path_of(path, sizeof path, "/requests/%lld", id);
	return hc_get(as(login), path);
}

static const char *const coordinate_ok[] = {"meeting_on", "2033-03-01", "meeting_who", "孙丽华、张伟", "meeting_decisions",
    "按方案执行", "plan_ok", "1", "chk_cleaning", "保洁组 3月4日", "chk_flowers", "行政 3月4日", "chk_purchases",
    "采购 3月3日", "chk_security", "保安部 3月5日", "chk_cars", "车队 3月5日", "chk_route", "张伟 3月5日", NULL};

/* RC-03: class C is arranged by the contact person: confirmed at
 * submission, no approval step, its room held firmly at once. */
static void test_RC03_class_c_confirmed_at_submission_without_approver(void **state)
{
	(void)state;
	long long room = resource("room", "C厅");
	struct booking b = {"C", "2033-01-10T09:00", "2033-01-10T11:00", NULL, room, 0};
	long long id = booked("mkt_staff", &b);
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM request_steps WHERE request_id = %lld AND kind <> 'task'", id), 0);
	assert_string_equal(pending(id), "finance");   /* only the settlement waits */
	assert_int_equal(holds(id, 1), 1);
	assert_int_equal(view("mkt_staff", id), 200);
	assert_true(hc_has(as("mkt_staff"), "C类 普通接待"));
}

/* RC-02: class B goes to the department manager; the room is held
 * tentatively until approval, then firmly. */
static void test_RC02_class_b_decided_by_department_manager(void **state)
{
	(void)state;
	long long room = resource("room", "B厅");
	struct booking b = {"B", "2033-01-11T09:00", "2033-01-11T11:00", NULL, room, 0};
	long long id = booked("mkt_staff", &b);
	assert_string_equal(state_of(id), "in_approval");
	assert_string_equal(pending(id), "mkt_head");
	assert_int_equal(holds(id, 0), 1);
	assert_int_equal(decide("mkt_staff2", id, "approve", "", 0), 403);
	assert_int_equal(decide("mkt_head", id, "approve", "同意", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(holds(id, 1), 1);
	assert_string_equal(pending(id), "finance");
}

/* RC-01: class A is decided by the president or a vice-president, the
 * general office copied; a department manager cannot decide it. */
static void test_RC01_class_a_decided_by_president_office_copied(void **state)
{
	(void)state;
	struct booking b = {"A", "2033-01-12T09:00", "2033-01-12T17:00", NULL, 0, 0};
	long long id = booked("mkt_staff", &b);
	assert_string_equal(pending(id), "president");
	assert_int_equal(notes("office", id, "cc"), 1);
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 403);
	assert_int_equal(decide("president", id, "approve", "同意方案", 0), 303);
	assert_string_equal(state_of(id), "approved");
	assert_string_equal(pending(id), "office");   /* the coordination */
}

/* RC-04: the general office records the meeting, the review and every
 * duty with who and when; the reception closes only with its summary. */
static void test_RC04_office_checklist_and_summary_gate(void **state)
{
	(void)state;
	struct booking b = {"A", "2033-03-05T09:00", "2033-03-05T17:00", NULL, 0, 0};
	long long id = booked("ext_staff", &b);
	assert_int_equal(decide("president", id, "approve", "", 0), 303);
	/* A duty left without who and when: refused beside it, nothing kept. */
	const char *missing[] = {"meeting_on", "2033-03-01", "meeting_who", "孙丽华", "plan_ok", "1", "chk_cleaning", "保洁组",
	    "chk_flowers", "行政", "chk_purchases", "采购", "chk_security", "保安部", "chk_cars", "车队", NULL};
	assert_int_equal(task("office", id, missing), 400);
	assert_true(hc_has(as("office"), "每一项都须写明负责人和时间。"));
	assert_true(hc_has(as("office"), "value=\"保安部\""));   /* what was typed is kept */
	assert_string_equal(state_of(id), "approved");
	/* The plan not passed in review: refused. */
	const char *unreviewed[] = {"meeting_on", "2033-03-01", "meeting_who", "孙丽华", "chk_cleaning", "a", "chk_flowers",
	    "b", "chk_purchases", "c", "chk_security", "d", "chk_cars", "e", "chk_route", "f", NULL};
	assert_int_equal(task("office", id, unreviewed), 400);
	assert_int_equal(task("mkt_staff", id, coordinate_ok), 403);
	assert_int_equal(task("office", id, coordinate_ok), 303);
	assert_string_equal(state_of(id), "arranged");
	assert_int_equal(audit_action(id, "reception_coordinated"), 1);
	assert_string_equal(pending(id), "finance");
	const char *settle[] = {"actual", "1,380.50", "receipts", "4", NULL};
	assert_int_equal(task("finance", id, settle), 303);
	assert_string_equal(state_of(id), "settled");
	assert_string_equal(pending(id), "office");
	/* No summary, no closing. */
	const char *empty[] = {"summary", "", NULL};
	assert_int_equal(task("office", id, empty), 400);
	assert_true(hc_has(as("office"), "须写接待总结才能结案。"));
	assert_string_equal(state_of(id), "settled");
	const char *summary[] = {"summary", "接待顺利，客户满意。", NULL};
	assert_int_equal(task("office", id, summary), 303);
	assert_string_equal(state_of(id), "closed");
	assert_int_equal(view("ext_staff", id), 200);
	assert_true(hc_has(as("ext_staff"), "接待顺利，客户满意。"));
	assert_true(hc_has(as("ext_staff"), "保安部 3月5日"));
}

/* RC-05: touching intervals share a room; an overlap is refused beside
 * the room with everything typed kept. */
static void test_RC05_touching_intervals_allowed_overlap_refused(void **state)
{
	(void)state;
	long long room = resource("room", "邻厅"), car = resource("car", "粤B");
	struct booking first = {"C", "2033-02-01T10:00", "2033-02-01T11:00", NULL, room, car};
	struct booking next = {"C", "2033-02-01T11:00", "2033-02-01T12:00", NULL, room, car};
	struct booking before = {"C", "2033-02-01T09:00", "2033-02-01T10:00", NULL, room, 0};
	struct booking over = {"C", "2033-02-01T10:30", "2033-02-01T11:30", NULL, room, 0};
	struct booking car_over = {"C", "2033-02-01T11:59", "2033-02-01T13:00", NULL, 0, car};
	booked("mkt_staff", &first);
	booked("mkt_staff2", &next);
	booked("ext_staff", &before);
	long long n = request_count();
	assert_int_equal(book("mkt_staff", &over), 400);
	assert_true(error_beside(as("mkt_staff"), "room_id", "该会议室在这段时间已被预订，请换一个时间或会议室。"));
	assert_true(hc_has(as("mkt_staff"), "2033-02-01T10:30"));
	assert_true(hc_has(as("mkt_staff"), "展厅—车间"));
	assert_int_equal(book("mkt_staff", &car_over), 400);
	assert_true(error_beside(as("mkt_staff"), "car_id", NULL));
	assert_int_equal(request_count(), n);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM reception_holds WHERE resource_id = %lld", room), 3);
}

struct race_booking {
	const char *room, *org;
};

/* Child i books the room from 09:(3i) to 11:00 on one day. */
static long post_booking(struct hc *k, int i, void *ctx)
{
	const struct race_booking *b = ctx;
	char arrive[24];
	snprintf(arrive, sizeof arrive, "2033-04-01T%02d:%02d", 9, i * 3);
	const char *p[] = {"class", "C", "guest_org", b->org, "guest_count", "2", "responsible", "张伟", "arrive_at", arrive,
	    "depart_at", "2033-04-01T11:00", "purpose", "并发预订", "room_id", b->room, NULL};
	return hc_post(k, "/new/reception", p);
}

/* Each child books the same room over overlapping times at once; returns
 * how many were accepted (303) and refused (400). */
static void race(long long room, int n, int *won, int *refused)
{
	struct hc *c = as("mkt_staff");
	char rid[24], org[40];
	snprintf(rid, sizeof rid, "%lld", room);
	name_of(org, sizeof org, "并发");
	assert_int_equal(hc_get(c, "/new/reception"), 200);
	struct race_booking b = {rid, org};
	struct hc_race r = hc_race(c, n, post_booking, &b, 303, 400);
	*won = r.ok;
	*refused = r.refused;
}

/* RC-05: many bookings of one room at overlapping times, sent at once:
 * exactly one holds it, every other is refused, and nothing is held twice. */
static void test_RC05_concurrent_bookings_one_room_exactly_one_wins(void **state)
{
	(void)state;
	long long room = resource("room", "抢厅");
	int won = 0, refused = 0;
	race(room, 8, &won, &refused);
	assert_int_equal(won, 1);
	assert_int_equal(refused, 7);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM reception_holds WHERE resource_id = %lld", room), 1);
}

/* RC-05: a withdrawn or rejected booking frees its room at once. */
static void test_RC05_hold_released_on_withdraw_and_reject(void **state)
{
	(void)state;
	long long room = resource("room", "释厅");
	struct booking b = {"B", "2033-05-01T09:00", "2033-05-01T12:00", NULL, room, 0};
	long long id = booked("mkt_staff", &b);
	assert_int_equal(book("mkt_staff2", &b), 400);
	assert_int_equal(withdraw("mkt_staff", id), 303);
	assert_int_equal(holds(id, 0) + holds(id, 1), 0);
	assert_int_equal(audit_action(id, "reception_released"), 1);
	long long id2 = booked("mkt_staff2", &b);
	assert_int_equal(decide("mkt_head", id2, "reject", "时间冲突", 0), 303);
	assert_int_equal(holds(id2, 0) + holds(id2, 1), 0);
	long long id3 = booked("mkt_staff", &b);
	assert_int_equal(holds(id3, 0), 1);
}

/* RC-05: the day's grid tells free, tentative and firm hours apart; the
 * week below it shows each day's holds. */
static void test_RC05_day_grid_shows_tentative_and_firm(void **state)
{
	(void)state;
	long long room = resource("room", "格厅");
	struct booking firm = {"C", "2033-06-01T09:00", "2033-06-01T10:00", NULL, room, 0};
	struct booking tent = {"B", "2033-06-01T14:00", "2033-06-01T16:00", NULL, room, 0};
	long long a = booked("mkt_staff", &firm), b = booked("mkt_staff", &tent);
	char na[32], nb[32];
	snprintf(na, sizeof na, "%s", number_of(a));
	snprintf(nb, sizeof nb, "%s", number_of(b));
	struct hc *c = as("ext_staff");
	assert_int_equal(hc_get(c, "/resources?day=2033-06-01"), 200);
	assert_true(hc_has(c, "slot firm"));
	assert_true(hc_has(c, "slot tentative"));
	assert_true(hc_has(c, "slot free"));
	assert_true(hc_has(c, na));
	assert_true(hc_has(c, nb));
	/* The week around it, Monday first: each hold as its hours. */
	assert_true(hc_has(c, "本周占用"));
	assert_true(hc_has(c, "2033-05-30"));   /* that week's Monday */
	assert_true(hc_has(c, "09:00–10:00"));
	assert_true(hc_has(c, "14:00–16:00"));
	assert_int_equal(hc_get(c, "/resources?day=2033-13-01"), 400);
}

/* RC-05: only admins and the general office keep the list of rooms and
 * cars; a name twice is refused beside it. */
static void test_RC05_resources_kept_by_admin_and_office_only(void **state)
{
	(void)state;
	char name[40];
	name_of(name, sizeof name, "重名厅");
	assert_int_equal(hc_get(as("mkt_staff"), "/resources/admin"), 403);
	const char *p[] = {"kind", "room", "name", name, "seats", "8", NULL};
	assert_int_equal(hc_post(as("mkt_staff"), "/resources/admin", p), 403);
	struct hc *o = as("office");
	assert_int_equal(hc_get(o, "/resources/admin"), 200);
	assert_int_equal(hc_post(o, "/resources/admin", p), 303);
	assert_int_equal(hc_get(o, "/resources/admin"), 200);
	assert_int_equal(hc_post(o, "/resources/admin", p), 409);
	assert_true(error_beside(o, "name", "已有同名的会议室或车辆。"));
	const char *bad[] = {"kind", "boat", "name", "x", "seats", "0", NULL};
	assert_int_equal(hc_post(o, "/resources/admin", bad), 400);
}

/* RC-06: gifts received and given are registered against the booking by
 * its host; the general office and finance search them and take CSV. */
static void test_RC06_gift_register_add_search_export_and_who(void **state)
{
	(void)state;
	struct booking b = {"C", "2033-07-01T09:00", "2033-07-01T10:00", NULL, 0, 0};
	long long id = booked("mkt_staff", &b);
	char what[40], path[64];
	name_of(what, sizeof what, "景泰蓝花瓶");
	path_of(path, sizeof path, "/reception/%lld/gifts", id);
	assert_int_equal(view("mkt_staff", id), 200);
	const char *g[] = {"direction", "received", "what", what, "party", "德国代表团", "value", "800", "handling",
	    "总经办展柜", NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, g), 303);
	assert_int_equal(hc_post(as("mkt_staff2"), path, g), 403);   /* not their booking */
	const char *bad[] = {"direction", "stolen", "what", what, "party", "x", NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, bad), 400);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM reception_gifts WHERE what = '%s'", what), 1);
	assert_int_equal(sql_numf("SELECT value_fen FROM reception_gifts WHERE what = '%s'", what), 80000);
	char q[96];
	snprintf(q, sizeof q, "/reception/gifts?q=%s", tag);
	assert_int_equal(hc_get(as("office"), q), 200);
	assert_true(hc_has(as("office"), what));
	assert_true(hc_has(as("office"), "¥800.00"));
	snprintf(q, sizeof q, "/reception/gifts/csv?q=%s", tag);
	assert_int_equal(hc_get(as("finance"), q), 200);
	assert_true(hc_has(as("finance"), what));
	assert_true(hc_has(as("finance"), "德国代表团"));
	assert_int_equal(hc_get(as("mkt_staff"), "/reception/gifts"), 403);
	assert_int_equal(hc_get(as("mkt_head"), "/reception/gifts"), 403);
}

/* RC-07: finance settles the actual cost; nobody else can, and the
 * report sets it against the estimate. */
static void test_RC07_finance_settles_actual_cost(void **state)
{
	(void)state;
	struct booking b = {"C", "2033-08-01T09:00", "2033-08-01T10:00", NULL, 0, 0};
	long long id = booked("mkt_staff", &b);
	const char *settle[] = {"actual", "1,680.00", "receipts", "3", NULL};
	assert_int_equal(task("mkt_staff", id, settle), 403);
	const char *none[] = {"receipts", "3", NULL};
	assert_int_equal(task("finance", id, none), 400);
	assert_true(hc_has(as("finance"), "请填写实际费用。"));
	assert_int_equal(task("finance", id, settle), 303);
	assert_string_equal(state_of(id), "settled");
	assert_int_equal(sql_numf("SELECT actual_fen FROM reception_requests WHERE request_id = %lld", id), 168000);
	assert_int_equal(sql_numf("SELECT est_fen FROM reception_requests WHERE request_id = %lld", id), 150000);
	assert_int_equal(view("mkt_staff", id), 200);
	assert_true(hc_has(as("mkt_staff"), "¥1,680.00"));
	assert_int_equal(hc_get(as("finance"), "/reception/report"), 200);
	assert_true(hc_has(as("finance"), "2033-08"));
	assert_int_equal(hc_get(as("finance"), "/reception/report/csv"), 200);
	assert_true(hc_has(as("finance"), "2033-08"));
	assert_true(hc_has(as("finance"), "C类 普通接待"));
	assert_int_equal(hc_get(as("mkt_staff"), "/reception/report"), 403);
	assert_int_equal(hc_get(as("mkt_staff"), "/reception/report/csv"), 403);
}

/* RC-01..RC-03: once confirmed, the people to be told get a notice; an
 * unknown login is refused beside the field. */
static void test_RC03_people_to_be_told_get_the_plan(void **state)
{
	(void)state;
	struct booking b = {"C", "2033-09-01T09:00", "2033-09-01T10:00", "mkt_staff2，ext_staff", 0, 0};
	long long id = booked("mkt_staff", &b);
	assert_int_equal(notes("mkt_staff2", id, "reception_plan"), 1);
	assert_int_equal(notes("ext_staff", id, "reception_plan"), 1);
	assert_int_equal(view("ext_staff", id), 200);   /* copied: the notice's link opens it */
	assert_true(hc_has(as("ext_staff"), "C类 普通接待"));
	struct booking nobody = {"C", "2033-09-01T09:00", "2033-09-01T10:00", "no_such_login", 0, 0};
	assert_int_equal(book("mkt_staff", &nobody), 400);
	assert_true(error_beside(as("mkt_staff"), "tell", NULL));
	/* Class B: told only once approved. */
	struct booking bb = {"B", "2033-09-02T09:00", "2033-09-02T10:00", "ext_staff", 0, 0};
	long long id2 = booked("mkt_staff", &bb);
	assert_int_equal(notes("ext_staff", id2, "reception_plan"), 0);
	assert_int_equal(view("ext_staff", id2), 403);
	assert_int_equal(decide("mkt_head", id2, "approve", "", 0), 303);
	assert_int_equal(view("ext_staff", id2), 200);
	assert_int_equal(notes("ext_staff", id2, "reception_plan"), 1);
}

/* Who sees a booking, its costs and the gift register: the host, its
 * approvers, the general office and finance; not a colleague or another
 * department's head. */
static void test_RC06_RC07_permission_walk(void **state)
{
	(void)state;
	struct booking b = {"B", "2033-10-01T09:00", "2033-10-01T10:00", NULL, 0, 0};
	long long id = booked("mkt_staff", &b);
	assert_int_equal(view("mkt_staff", id), 200);
	assert_true(hc_has(as("mkt_staff"), "¥1,500.00"));
	assert_int_equal(view("mkt_head", id), 200);
	assert_int_equal(view("office", id), 200);
	assert_int_equal(view("finance", id), 200);
	assert_int_equal(view("mkt_staff2", id), 403);
	assert_int_equal(view("ext_head", id), 403);
	assert_int_equal(hc_get(as("office"), "/reception/gifts"), 200);
	assert_int_equal(hc_get(as("finance"), "/reception/gifts"), 200);
	assert_int_equal(hc_get(as("ext_head"), "/reception/gifts/csv"), 403);
}

/* Every text field at its declared limit in 3- and 4-byte characters is
 * stored whole; one more is refused beside it with the text kept. */
static void test_RC01_text_fields_at_limit_stored_whole(void **state)
{
	(void)state;
	char *org = cjk_text(100), *names = cjk_text(200), *lead = cjk_text(60), *resp = cjk_text(40),
	     *purpose = cjk_text(500), *route = cjk_text(200), *gifts = cjk_text(200), *more = cjk_text(101);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/reception"), 200);
	const char *p[] = {"class", "C", "guest_org", org, "guest_names", names, "guest_count", "1", "leader_title", lead,
	    "responsible", resp, "arrive_at", "2033-11-01T09:00", "depart_at", "2033-11-01T10:00", "purpose", purpose,
	    "visit_route", route, "gifts_plan", gifts, NULL};
	assert_int_equal(hc_post(c, "/new/reception", p), 303);
	long long id = id_from_location(c);
	assert_true(stored_is("reception_requests", "guest_org", "request_id", id, org));
	assert_true(stored_is("reception_requests", "guest_names", "request_id", id, names));
	assert_true(stored_is("reception_requests", "leader_title", "request_id", id, lead));
	assert_true(stored_is("reception_requests", "responsible", "request_id", id, resp));
	assert_true(stored_is("reception_requests", "purpose", "request_id", id, purpose));
	assert_true(stored_is("reception_requests", "visit_route", "request_id", id, route));
	assert_true(stored_is("reception_requests", "gifts_plan", "request_id", id, gifts));
	assert_int_equal(view("mkt_staff", id), 200);
	assert_true(hc_has(c, purpose));
	long long n = request_count();
	assert_int_equal(hc_get(c, "/new/reception"), 200);
	const char *q[] = {"class", "C", "guest_org", more, "guest_count", "1", "responsible", resp, "arrive_at",
	    "2033-11-01T09:00", "depart_at", "2033-11-01T10:00", "purpose", purpose, NULL};
	assert_int_equal(hc_post(c, "/new/reception", q), 400);
	assert_true(error_beside(c, "guest_org", NULL));
	assert_true(hc_has(c, more));
	assert_int_equal(request_count(), n);
	const char *order[] = {"class", "C", "guest_org", "x", "guest_count", "1", "responsible", "y", "arrive_at",
	    "2033-11-01T10:00", "depart_at", "2033-11-01T10:00", "purpose", "z", NULL};
	assert_int_equal(hc_post(c, "/new/reception", order), 400);
	assert_true(error_beside(c, "depart_at", "离开时间须晚于到达时间。"));
	free(org);
	free(names);
	free(lead);
	free(resp);
	free(purpose);
	free(route);
	free(gifts);
	free(more);
}

/* RC-01..RC-03: the form explains each class in the policy's words and
 * names who will decide it for this booker before it is sent. */
static void test_RC01_RC02_form_names_who_will_decide(void **state)
{
	(void)state;
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, "/new/reception"), 200);
	assert_true(hc_has(c, "重点客户、外宾及代表团、地方政府"));
	assert_true(hc_has(c, "由对接人员安排，提交即确认，无需审批。"));
	assert_true(hc_has(c, "id=\"deciders-A\">将由：赵志远"));
	assert_true(hc_has(c, "id=\"deciders-B\">将由：李强"));
	c = as("ext_staff");
	assert_int_equal(hc_get(c, "/new/reception"), 200);
	assert_true(hc_has(c, "id=\"deciders-B\">将由：陈刚"));
}

/* RC-05: asked to check before sending, the form says the room is taken
 * at those times; nothing is filed or held by checking. */
static void test_RC05_check_before_sending_shows_taken_room(void **state)
{
	(void)state;
	long long room = resource("room", "查厅");
	struct booking b = {"C", "2033-12-01T09:00", "2033-12-01T10:00", NULL, room, 0};
	booked("mkt_staff", &b);
	long long n = request_count(), h = sql_num("SELECT COUNT(*) FROM reception_holds");
	char rid[24];
	snprintf(rid, sizeof rid, "%lld", room);
	struct hc *c = as("mkt_staff2");
	assert_int_equal(hc_get(c, "/new/reception"), 200);
	const char *over[] = {"class", "B", "guest_org", "某局", "guest_count", "2", "responsible", "刘洋", "arrive_at",
	    "2033-12-01T09:30", "depart_at", "2033-12-01T10:30", "purpose", "检查", "room_id", rid, NULL};
	assert_int_equal(hc_post(c, "/new/reception/check", over), 200);
	assert_true(error_beside(c, "room_id", "该会议室在这段时间已被预订，请换一个时间或会议室。"));
	assert_true(hc_has(c, "2033-12-01T09:30"));
	const char *touch[] = {"class", "B", "guest_org", "某局", "guest_count", "2", "responsible", "刘洋", "arrive_at",
	    "2033-12-01T10:00", "depart_at", "2033-12-01T10:30", "purpose", "检查", "room_id", rid, NULL};
	assert_int_equal(hc_post(c, "/new/reception/check", touch), 200);
	assert_false(error_beside(c, "room_id", NULL));
	assert_int_equal(request_count(), n);
	assert_int_equal(sql_num("SELECT COUNT(*) FROM reception_holds"), h);
}

/* RC-05: a room taken out of use is offered no more and cannot be
 * booked; put back, it can. */
static void test_RC05_room_out_of_use_cannot_be_booked(void **state)
{
	(void)state;
	long long room = resource("room", "停厅");
	char path[64], name[40];
	name_of(name, sizeof name, "停厅");
	path_of(path, sizeof path, "/resources/admin/%lld/active", room);
	assert_int_equal(hc_post(as("mkt_staff"), path, (const char *[]){NULL}), 403);
	struct hc *o = as("office");
	assert_int_equal(hc_get(o, "/resources/admin"), 200);
	assert_int_equal(hc_post(o, path, (const char *[]){NULL}), 303);
	assert_int_equal(sql_numf("SELECT active FROM reception_resources WHERE id = %lld", room), 0);
	assert_int_equal(hc_get(as("mkt_staff"), "/new/reception"), 200);
	assert_false(hc_has(as("mkt_staff"), name));
	struct booking b = {"C", "2034-01-10T09:00", "2034-01-10T10:00", NULL, room, 0};
	assert_int_equal(book("mkt_staff", &b), 400);
	assert_true(error_beside(as("mkt_staff"), "room_id", "没有这个会议室或车辆，或已停用。"));
	assert_int_equal(hc_get(o, "/resources/admin"), 200);
	assert_int_equal(hc_post(o, path, (const char *[]){"active", "1", NULL}), 303);
	booked("mkt_staff", &b);
	assert_int_equal(hc_post(o, "/resources/admin/999999999/active", (const char *[]){NULL}), 404);
}

/* RC-05: an approved booking cancelled by its host frees its room. */
static void test_RC05_cancelled_booking_frees_its_room(void **state)
{
	(void)state;
	long long room = resource("room", "消厅");
	struct booking b = {"C", "2034-02-10T09:00", "2034-02-10T10:00", NULL, room, 0};
	long long id = booked("mkt_staff", &b);
	assert_int_equal(holds(id, 1), 1);
	char path[64], v[24];
	assert_int_equal(view("mkt_staff", id), 200);
	path_of(path, sizeof path, "/requests/%lld/cancel", id);
	snprintf(v, sizeof v, "%lld", version_of(id));
	const char *p[] = {"version", v, "comment", "客户改期", "confirm", "1", NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, p), 303);
	assert_string_equal(state_of(id), "cancelled");
	assert_int_equal(holds(id, 0) + holds(id, 1), 0);
	booked("mkt_staff2", &b);
}

/* The printable 接待方案/通知单: the plan with its labels. */
static void test_RC01_printable_plan(void **state)
{
	(void)state;
	struct booking b = {"B", "2034-03-10T09:00", "2034-03-10T10:00", NULL, 0, 0};
	long long id = booked("mkt_staff", &b);
	char path[64];
	path_of(path, sizeof path, "/requests/%lld/print", id);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "接待责任人"));
	assert_true(hc_has(c, "参观路线"));
	assert_true(hc_has(c, "展厅—车间"));
	assert_int_equal(hc_get(as("ext_staff"), path), 403);
	/* the plan and notice of its own */
	path_of(path, sizeof path, "/reception/%lld/plan", id);
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "接待方案 / 接待通知单"));
	assert_true(hc_has(c, "展厅—车间"));
	assert_true(hc_has(c, "B类 业务接待"));
	assert_int_equal(hc_get(as("office"), path), 200);
	assert_int_equal(hc_get(as("ext_staff"), path), 403);
	long long probe = file_probe("mkt_staff", "single");
	path_of(path, sizeof path, "/reception/%lld/plan", probe);
	assert_int_equal(hc_get(c, path), 404);
}

/* RC-04: the general office's review may send the plan back with a
 * reason: the room is freed, the booker revises and sends it again, and
 * it goes to the president again; finance's settlement cannot. */
static void test_RC04_office_review_sends_plan_back_with_reason(void **state)
{
	(void)state;
	long long room = resource("room", "审厅");
	struct booking b = {"A", "2034-04-10T09:00", "2034-04-10T12:00", NULL, room, 0};
	long long id = booked("mkt_staff", &b);
	assert_int_equal(decide("president", id, "approve", "", 0), 303);
	assert_int_equal(view("office", id), 200);
	assert_true(hc_has(as("office"), "id=\"send-back\""));
	assert_int_equal(decide("office", id, "return", "", 0), 400);
	assert_string_equal(state_of(id), "approved");
	assert_int_equal(decide("office", id, "approve", "", 0), 400);   /* a task is never approved */
	assert_int_equal(decide("office", id, "return", "参观路线需避开施工区", 0), 303);
	assert_string_equal(state_of(id), "returned");
	assert_int_equal(holds(id, 0) + holds(id, 1), 0);
	/* Revised and sent again: held again, the president decides again. */
	char path[64], v[24], org[40];
	snprintf(v, sizeof v, "%lld", version_of(id));
	snprintf(org, sizeof org, "%lld", room);
	path_of(path, sizeof path, "/requests/%lld/edit", id);
	struct hc *c = as("mkt_staff");
	assert_int_equal(hc_get(c, path), 200);
	assert_true(hc_has(c, "2034-04-10T09:00"));
	path_of(path, sizeof path, "/requests/%lld/edit/reception", id);
	const char *p[] = {"class", "A", "guest_org", "某集团", "guest_count", "4", "responsible", "张伟", "arrive_at",
	    "2034-04-10T09:00", "depart_at", "2034-04-10T12:00", "purpose", "考察", "room_id", org, "visit_route",
	    "展厅—办公楼", "version", v, NULL};
	assert_int_equal(hc_post(c, path, p), 303);
	assert_string_equal(state_of(id), "in_approval");
	assert_string_equal(pending(id), "president");
	assert_int_equal(holds(id, 0), 1);
	assert_int_equal(decide("president", id, "approve", "", 0), 303);
	assert_int_equal(task("office", id, coordinate_ok), 303);
	assert_string_equal(pending(id), "finance");
	assert_int_equal(decide("finance", id, "return", "金额不对", 0), 400);
	assert_string_equal(state_of(id), "arranged");
}

/* The gift register's, the general office's and the resource list's text
 * fields at their limits in 3- and 4-byte characters, stored whole; one
 * more refused; a POST without its CSRF token changes nothing. */
static void test_RC04_RC06_more_text_at_limit_and_csrf(void **state)
{
	(void)state;
	char *what = cjk_text(100), *party = cjk_text(100), *handling = cjk_text(200), *who = cjk_text(200),
	     *decisions = cjk_text(1000), *duty = cjk_text(60), *summary = cjk_text(2000), *rname = cjk_text(34),
	     *driver = cjk_text(20), *long_what = cjk_text(101);
	struct booking b = {"A", "2034-05-10T09:00", "2034-05-10T12:00", NULL, 0, 0};
	long long id = booked("mkt_staff", &b);
	char path[64];
	path_of(path, sizeof path, "/reception/%lld/gifts", id);
	assert_int_equal(view("mkt_staff", id), 200);
	const char *g[] = {"direction", "given", "what", what, "party", party, "value", "88.80", "handling", handling, NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, g), 303);
	long long gift = sql_numf("SELECT MAX(id) FROM reception_gifts WHERE request_id = %lld", id);
	assert_true(stored_is("reception_gifts", "what", "id", gift, what));
	assert_true(stored_is("reception_gifts", "party", "id", gift, party));
	assert_true(stored_is("reception_gifts", "handling", "id", gift, handling));
	const char *g2[] = {"direction", "given", "what", long_what, "party", party, NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, g2), 400);
	const char *forged[] = {"direction", "given", "what", "伪造", "party", "x", "csrf", "0", NULL};
	assert_int_equal(hc_post(as("mkt_staff"), path, forged), 403);
	assert_int_equal(sql_numf("SELECT COUNT(*) FROM reception_gifts WHERE request_id = %lld", id), 1);
	assert_int_equal(decide("president", id, "approve", "", 0), 303);
	const char *coord[] = {"meeting_on", "2034-05-01", "meeting_who", who, "meeting_decisions", decisions, "plan_ok", "1",
	    "chk_cleaning", duty, "chk_flowers", duty, "chk_purchases", duty, "chk_security", duty, "chk_cars", duty,
	    "chk_route", duty, NULL};
	assert_int_equal(task("office", id, coord), 303);
	assert_true(stored_is("reception_requests", "meeting_who", "request_id", id, who));
	assert_true(stored_is("reception_requests", "meeting_decisions", "request_id", id, decisions));
	assert_true(stored_is("reception_requests", "chk_route", "request_id", id, duty));
	assert_int_equal(task("finance", id, (const char *[]){"actual", "100", NULL}), 303);
	assert_int_equal(task("office", id, (const char *[]){"summary", summary, NULL}), 303);
	assert_true(stored_is("reception_requests", "summary", "request_id", id, summary));
	/* 34 characters and the run's six-letter tag: 40, and new on every run */
	char named[256];
	snprintf(named, sizeof named, "%s%s", rname, tag);
	struct hc *a = admin();
	assert_int_equal(hc_get(a, "/resources/admin"), 200);
	const char *res[] = {"kind", "car", "name", named, "seats", "5", "driver", driver, NULL};
	assert_int_equal(hc_post(a, "/resources/admin", res), 303);
	long long rid = sql_numf("SELECT MAX(id) FROM reception_resources WHERE kind = 'car'");
	assert_true(stored_is("reception_resources", "name", "id", rid, named));
	assert_true(stored_is("reception_resources", "driver", "id", rid, driver));
	free(what);
	free(party);
	free(handling);
	free(who);
	free(decisions);
	free(duty);
	free(summary);
	free(rname);
	free(driver);
	free(long_what);
}

/* RC-07: the host records the actual cost with its receipts once the
 * booking is confirmed; finance settles that amount unless it types its
 * own; nobody else records it, and never before approval or after. */
static void test_RC07_host_records_costs_finance_settles_them(void **state)
{
	(void)state;
	struct booking b = {"B", "2034-06-10T09:00", "2034-06-10T10:00", NULL, 0, 0};
	long long id = booked("mkt_staff", &b);
	char path[64];
	path_of(path, sizeof path, "/reception/%lld/costs", id);
	const char *cost[] = {"actual", "1,234.50", "receipts", "6", NULL};
	assert_int_equal(view("mkt_staff", id), 200);
	assert_int_equal(hc_post(as("mkt_staff"), path, cost), 409);   /* not confirmed yet */
	assert_int_equal(decide("mkt_head", id, "approve", "", 0), 303);
	assert_int_equal(view("mkt_staff", id), 200);
	assert_true(hc_has(as("mkt_staff"), "id=\"costs-form\""));
	assert_int_equal(hc_post(as("mkt_staff2"), path, cost), 403);
	assert_int_equal(hc_post(as("mkt_staff"), path, (const char *[]){"actual", "abc", NULL}), 400);
	assert_int_equal(hc_post(as("mkt_staff"), path, cost), 303);
	assert_int_equal(sql_numf("SELECT host_fen FROM reception_requests WHERE request_id = %lld", id), 123450);
	assert_int_equal(audit_action(id, "reception_costs"), 1);
	assert_int_equal(view("finance", id), 200);
	assert_true(hc_has(as("finance"), "¥1,234.50"));
	assert_int_equal(task("finance", id, (const char *[]){NULL}), 303);
	assert_string_equal(state_of(id), "settled");
	assert_int_equal(sql_numf("SELECT actual_fen FROM reception_requests WHERE request_id = %lld", id), 123450);
	assert_int_equal(sql_numf("SELECT receipts FROM reception_requests WHERE request_id = %lld", id), 6);
	assert_int_equal(view("mkt_staff", id), 200);
	assert_int_equal(hc_post(as("mkt_staff"), path, cost), 409);   /* settled: closed to changes */
}

/* RC-01 with AU-03/AU-04: the president never decides his own class-A
 * booking; with no other executive it is refused at submission, naming the
 * missing role, never confirmed by itself. */
static void test_RC01_president_never_decides_own_class_a(void **state)
{
	(void)state;
	long long n = request_count();
	struct booking b = {"A", "2034-07-10T09:00", "2034-07-10T10:00", NULL, 0, 0};
	assert_int_equal(book("president", &b), 422);
	assert_true(hc_has(as("president"), "总裁"));
	assert_int_equal(request_count(), n);
	/* Class C needs nobody: the president books it like anyone. */
	struct booking c = {"C", "2034-07-10T09:00", "2034-07-10T10:00", NULL, 0, 0};
	long long id = booked("president", &c);
	assert_string_equal(state_of(id), "approved");
}

/* RC-05 years ahead: a stay past 2038-01-19 (where the database's epoch
 * functions stop) is booked, held, shown and released like any other. */
static void test_RC05_booking_past_2038_held_and_shown(void **state)
{
	(void)state;
	long long room = resource("room", "远厅");
	struct booking b = {"B", "2040-02-29T09:00", "2040-02-29T11:00", NULL, room, 0};
	long long id = booked("mkt_staff", &b);
	assert_int_equal(holds(id, 0), 1);
	assert_int_equal(book("mkt_staff2", &b), 400);
	assert_int_equal(view("mkt_staff", id), 200);
	assert_true(hc_has(as("mkt_staff"), "2040-02-29 09:00"));
	assert_int_equal(hc_get(as("mkt_staff"), "/resources?day=2040-02-29"), 200);
	assert_true(hc_has(as("mkt_staff"), number_of(id)));
	assert_true(hc_has(as("mkt_staff"), "09:00–11:00"));
	assert_int_equal(withdraw("mkt_staff", id), 303);
	assert_int_equal(holds(id, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_RC03_class_c_confirmed_at_submission_without_approver),
		cmocka_unit_test(test_RC02_class_b_decided_by_department_manager),
		cmocka_unit_test(test_RC01_class_a_decided_by_president_office_copied),
		cmocka_unit_test(test_RC04_office_checklist_and_summary_gate),
		cmocka_unit_test(test_RC05_touching_intervals_allowed_overlap_refused),
		cmocka_unit_test(test_RC05_concurrent_bookings_one_room_exactly_one_wins),
		cmocka_unit_test(test_RC05_hold_released_on_withdraw_and_reject),
		cmocka_unit_test(test_RC05_day_grid_shows_tentative_and_firm),
		cmocka_unit_test(test_RC05_resources_kept_by_admin_and_office_only),
		cmocka_unit_test(test_RC06_gift_register_add_search_export_and_who),
		cmocka_unit_test(test_RC07_finance_settles_actual_cost),
		cmocka_unit_test(test_RC03_people_to_be_told_get_the_plan),
		cmocka_unit_test(test_RC06_RC07_permission_walk),
		cmocka_unit_test(test_RC01_text_fields_at_limit_stored_whole),
		cmocka_unit_test(test_RC01_RC02_form_names_who_will_decide),
		cmocka_unit_test(test_RC05_check_before_sending_shows_taken_room),
		cmocka_unit_test(test_RC05_room_out_of_use_cannot_be_booked),
		cmocka_unit_test(test_RC05_cancelled_booking_frees_its_room),
		cmocka_unit_test(test_RC01_printable_plan),
		cmocka_unit_test(test_RC04_office_review_sends_plan_back_with_reason),
		cmocka_unit_test(test_RC04_RC06_more_text_at_limit_and_csrf),
		cmocka_unit_test(test_RC07_host_records_costs_finance_settles_them),
		cmocka_unit_test(test_RC01_president_never_decides_own_class_a),
		cmocka_unit_test(test_RC05_booking_past_2038_held_and_shown),
	};
	return cmocka_run_group_tests(tests, fixture_new_run, fixture_real_time);
}
