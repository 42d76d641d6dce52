/*
 * test_routes.c - the real approval routes (conf/routes.hdf) as data: they
 * load, each type's steps apply to exactly the requests domain.md says, and
 * a broken file is refused with a message naming type, step and column
 * while the routes in force stay as they were.  No database: policy
 * settings fall back to their defaults (the connection is pointed at a
 * socket that does not exist).
 *
 * The test build registers the "probe" type too, so the file in force is
 * conf/routes.hdf followed by tests/probe/routes-probe.hdf, as scripts/stack.sh
 * builds it when ROUTES_EXTRA is set.  Tests run from the repository root.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "db/db.h"
#include "engine/flow.h"
#include "engine/routes.h"
#include "flows/registry.h"

static char *good;            /* conf/routes.hdf + the probe route */
static char *conf_only;       /* conf/routes.hdf alone */
static struct config nodb;    /* a socket nobody listens on */

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = malloc(256 * 1024);
	size_t n = buf ? fread(buf, 1, 256 * 1024 - 1, f) : 0;
	fclose(f);
	if (buf)
		buf[n] = '\0';
	return buf;
}

/* text with the first occurrence of old replaced by new (caller frees). */
static char *replaced(const char *text, const char *old, const char *new)
{
	const char *at = strstr(text, old);
	if (!at)
		fail_msg("the route file no longer contains \"%s\"", old);
	size_t pre = (size_t)(at - text), n = strlen(text) - strlen(old) + strlen(new) + 1;
	char *out = malloc(n);
	assert_non_null(out);
	memcpy(out, text, pre);
	snprintf(out + pre, n - pre, "%s%s", new, at + strlen(old));
	return out;
}

/* The names of the steps of type that apply to vals, comma-separated. */
static const char *applying(const char *type, struct rvals *vals)
{
	static char out[256];
	char err[200];
	const struct route_def *d = route_find(type);
	if (!d)
		fail_msg("no route for %s", type);
	out[0] = '\0';
	for (size_t i = 0; i < d->nsteps; i++) {
		int on = d->steps[i].when ? cond_eval(d->steps[i].when, rvals_lookup, vals, err, sizeof err) : 1;
		if (on < 0)
			fail_msg("%s.%s: %s", type, d->steps[i].name, err);
		if (on)
			snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", out[0] ? "," : "", d->steps[i].name);
	}
	return out;
}

static const struct route_step *step_of(const char *type, const char *name)
{
	const struct route_def *d = route_find(type);
	for (size_t i = 0; d && i < d->nsteps; i++)
		if (!strcmp(d->steps[i].name, name))
			return &d->steps[i];
	fail_msg("%s has no step %s", type, name);
	return NULL;
}

static void load_good(void)
{
	char err[300] = "";
	if (routes_parse_string(good, err, sizeof err))
		fail_msg("the real routes were refused: %s", err);
}

static int group_setup(void **state)
{
	(void)state;
	flows_register();
	good = malloc(512 * 1024);
	conf_only = slurp("conf/routes.hdf");
	char *probe = slurp("tests/probe/routes-probe.hdf");
	if (!good || !conf_only || !probe) {
		fprintf(stderr, "run from the repository root: conf/routes.hdf or the probe route is missing\n");
		return -1;
	}
	snprintf(good, 512 * 1024, "%s\n%s", conf_only, probe);
	free(probe);
	snprintf(nodb.db_socket, sizeof nodb.db_socket, "/nonexistent/liaison-unit-test.sock");
	snprintf(nodb.db_name, sizeof nodb.db_name, "liaison");
	snprintf(nodb.db_user, sizeof nodb.db_user, "nobody");
	db_open(&nodb);
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	free(good);
	free(conf_only);
	db_close();
	return 0;
}

/* ---- the real file ---------------------------------------------------- */

static void test_real_routes_load_for_every_registered_type(void **state)
{
	(void)state;
	load_good();
	size_t n;
	const struct flow *const *flows = flow_all(&n);
	assert_true(n >= 10);
	for (size_t i = 0; i < n; i++) {
		const struct route_def *d = route_find(flows[i]->type);
		if (!d || d->nsteps == 0)
			fail_msg("type %s has no route", flows[i]->type);
	}
	assert_null(route_find("nosuch"));
	assert_int_equal(strlen(routes_hash()), 64);
}

static void test_OS01_supplies_manager_then_assistant_hands_out(void **state)
{
	(void)state;
	struct rvals v = {0};
	load_good();
	rvals_set_num(&v, "quantity", 3);
	rvals_set(&v, "items", "pens");
	rvals_set(&v, "purpose", "work");
	assert_string_equal(applying("supplies", &v), "manager,handout");
	const struct route_step *m = step_of("supplies", "manager"), *h = step_of("supplies", "handout");
	assert_int_equal(m->kind, SK_SINGLE);
	assert_string_equal(m->who, "dept_head");
	assert_int_equal(h->kind, SK_TASK);
	assert_string_equal(h->who, "role:assistant");
	assert_string_equal(h->state_after, "done");
}

static void leave(struct rvals *v, const char *kind, long long days)
{
	memset(v, 0, sizeof *v);
	rvals_set(v, "kind", kind);
	rvals_set_num(v, "days", days);
	rvals_set_num(v, "has_certificate", 0);
}

static void test_LV05_personal_leave_over_three_days_goes_to_gm(void **state)
{
	(void)state;
	struct rvals v;
	load_good();
	leave(&v, "personal", 3);
	assert_string_equal(applying("leave", &v), "manager");
	leave(&v, "personal", 4);
	assert_string_equal(applying("leave", &v), "manager,gm");
	leave(&v, "personal", 1);
	assert_string_equal(applying("leave", &v), "manager");
	assert_string_equal(step_of("leave", "gm")->who, "role:gm");
}

static void test_LV04_sick_leave_never_goes_to_gm_whatever_its_length(void **state)
{
	(void)state;
	struct rvals v;
	load_good();
	leave(&v, "sick", 10);
	assert_string_equal(applying("leave", &v), "manager");
	leave(&v, "annual", 30);
	assert_string_equal(applying("leave", &v), "manager");
}

static void test_LV11_outing_only_the_manager(void **state)
{
	(void)state;
	struct rvals v = {0};
	load_good();
	rvals_set_num(&v, "amount", 0);
	assert_string_equal(applying("outing", &v), "manager");
	assert_string_equal(step_of("outing", "manager")->who, "dept_head");
}

static void test_EX06_expense_over_threshold_goes_to_gm(void **state)
{
	(void)state;
	struct rvals v = {0};
	load_good();
	rvals_set(&v, "category", "entertainment");
	rvals_set_num(&v, "over_budget", 0);
	rvals_set_num(&v, "amount", 500000);
	assert_string_equal(applying("expense", &v), "superior,head");
	rvals_set_num(&v, "amount", 500001);
	assert_string_equal(applying("expense", &v), "superior,head,gm");
	rvals_set_num(&v, "amount", 1);
	assert_string_equal(applying("expense", &v), "superior,head");
	/* EX-02 with its setting: beyond the budget, one level higher too */
	rvals_set_num(&v, "over_budget", 1);
	assert_string_equal(applying("expense", &v), "superior,head,over");
}

static void test_EX05_claim_difference_follows_the_same_chain(void **state)
{
	(void)state;
	struct rvals v = {0};
	load_good();
	rvals_set_num(&v, "amount", 500000);
	assert_string_equal(applying("claim_diff", &v), "superior,head");
	rvals_set_num(&v, "amount", 500001);
	assert_string_equal(applying("claim_diff", &v), "superior,head,gm");
}

static void test_EX04_claim_settled_by_finance(void **state)
{
	(void)state;
	struct rvals v = {0};
	load_good();
	rvals_set_num(&v, "amount", 999999999);
	assert_string_equal(applying("claim", &v), "settle");
	const struct route_step *s = step_of("claim", "settle");
	assert_int_equal(s->kind, SK_TASK);
	assert_string_equal(s->who, "role:finance");
	assert_string_equal(s->state_after, "settled");
}

static const char *reception(const char *class)
{
	struct rvals v = {0};
	rvals_set(&v, "class", class);
	rvals_set_num(&v, "amount", 100000);
	return applying("reception", &v);
}

static void test_RC01_RC03_reception_steps_by_class(void **state)
{
	(void)state;
	load_good();
	assert_string_equal(reception("A"), "executive,coordinate,settle,summary");
	assert_string_equal(reception("B"), "manager,settle");
	assert_string_equal(reception("C"), "settle");
	assert_int_equal(step_of("reception", "executive")->kind, SK_ANY);
	assert_string_equal(step_of("reception", "executive")->who, "role:exec");
	assert_string_equal(step_of("reception", "coordinate")->who, "role:office");
	assert_string_equal(step_of("reception", "summary")->state_after, "closed");
}

static void test_SP02_SP03_visit_head_or_deputy_then_requester_reports(void **state)
{
	(void)state;
	struct rvals v = {0};
	load_good();
	rvals_set_num(&v, "amount", 0);
	assert_string_equal(applying("visit", &v), "plan,report");
	assert_int_equal(step_of("visit", "plan")->kind, SK_ANY);
	assert_int_equal(step_of("visit", "report")->kind, SK_TASK);
	assert_string_equal(step_of("visit", "report")->who, "requester");
}

static void test_SP04_agreement_one_two_signer_step(void **state)
{
	(void)state;
	struct rvals v = {0};
	load_good();
	rvals_set_num(&v, "amount", 100);
	assert_string_equal(applying("agreement", &v), "signatures");
	const struct route_step *s = step_of("agreement", "signatures");
	assert_int_equal(s->kind, SK_TWO);
	assert_string_equal(s->who, "signers");
	assert_string_equal(s->state_after, "signed");
	assert_int_equal(s->add_signer, 0);
}

static void test_SP05_disbursement_head_then_finance_pays(void **state)
{
	(void)state;
	struct rvals v = {0};
	load_good();
	rvals_set_num(&v, "amount", 100);
	assert_string_equal(applying("disbursement", &v), "head,pay");
	assert_string_equal(step_of("disbursement", "pay")->state_after, "disbursed");
}

static void test_probe_route_one_shape_each(void **state)
{
	(void)state;
	static const struct {
		const char *shape, *steps;
	} want[] = {
		{"single", "first,again"}, {"task", "first,task"}, {"chain", "chain"}, {"any", "any"},
		{"all", "all"}, {"two", "two"}, {"nobody", "nobody"}, {"none", ""},
	};
	load_good();
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		struct rvals v = {0};
		rvals_set(&v, "note", "n");
		rvals_set(&v, "shape", want[i].shape);
		rvals_set(&v, "refuse_on", "none");
		const char *got = applying("probe", &v);
		if (strcmp(got, want[i].steps))
			fail_msg("shape %s: steps \"%s\", want \"%s\"", want[i].shape, got, want[i].steps);
	}
}

/* ---- bad files ---------------------------------------------------------- */

/* text must be refused with a message containing each of the parts, and the
 * routes in force must stay exactly as they were. */
static void refused(char *text, const char *part1, const char *part2)
{
	char err[300] = "";
	load_good();
	const struct route_def *before = route_find("supplies");
	char hash[65];
	snprintf(hash, sizeof hash, "%s", routes_hash());
	int rc = routes_parse_string(text, err, sizeof err);
	free(text);
	assert_int_equal(rc, -1);
	if (!strstr(err, part1) || (part2 && !strstr(err, part2)))
		fail_msg("message \"%s\" lacks \"%s\" / \"%s\"", err, part1, part2 ? part2 : "");
	assert_ptr_equal(route_find("supplies"), before);
	assert_string_equal(routes_hash(), hash);
	assert_string_equal(step_of("leave", "gm")->who, "role:gm");
	struct rvals v;
	leave(&v, "personal", 4);
	assert_string_equal(applying("leave", &v), "manager,gm");
}

static void test_unknown_kind_refused_naming_type_and_step(void **state)
{
	(void)state;
	refused(replaced(good, "Kind = two", "Kind = three"), "agreement.signatures", "unknown Kind \"three\"");
}

static void test_unknown_role_in_who_refused(void **state)
{
	(void)state;
	refused(replaced(good, "Who = role:assistant", "Who = role:nosuch"), "supplies.handout",
	    "bad Who \"role:nosuch\"");
}

static void test_AU03_requester_on_an_approval_step_refused(void **state)
{
	(void)state;
	refused(replaced(good, "Who = dept_head\n      AddSigner = 1", "Who = requester\n      AddSigner = 1"),
	    "supplies.manager", "bad Who \"requester\"");
	/* the same Who on a task step is allowed (SP-03 visit report) */
	assert_string_equal(step_of("visit", "report")->who, "requester");
}

static void test_empty_who_refused(void **state)
{
	(void)state;
	refused(replaced(good, "Who = role:finance\n      State = settled", "Who = \n      State = settled"),
	    "claim.settle", "bad Who");
}

static void test_condition_syntax_error_names_type_step_and_column(void **state)
{
	(void)state;
	refused(replaced(good, "If = amount > expense_gm_threshold_fen", "If = amount > > 5"), "expense.gm",
	    "column 10");
}

static void test_condition_on_a_value_the_type_lacks_refused(void **state)
{
	(void)state;
	refused(replaced(good, "If = class == \"B\"", "If = klass == \"B\""), "reception.manager",
	    "\"klass\", which reception does not have");
	/* a value of another type is not enough either */
	refused(replaced(good, "If = class == \"B\"", "If = days > 3"), "reception.manager", "\"days\"");
}

static void test_unknown_type_refused(void **state)
{
	(void)state;
	char *t = malloc(strlen(good) + 200);
	assert_non_null(t);
	sprintf(t, "%s\nRoute {\n  holiday_party {\n    boss {\n      Who = role:gm\n    }\n  }\n}\n", good);
	refused(t, "unknown request type \"holiday_party\"", NULL);
}

static void test_missing_route_for_a_known_type_refused(void **state)
{
	(void)state;
	/* conf/routes.hdf alone lacks the test build's probe type */
	refused(strdup(conf_only), "no route for type \"probe\"", NULL);
	refused(replaced(good, "  outing {", "  outing_x {"), "outing_x", NULL);
	char *no_outing = replaced(good, "  outing {\n    manager {\n      Kind = single\n      Who = dept_head\n    }\n  }\n",
	    "");
	refused(no_outing, "no route for type \"outing\"", NULL);
}

static void test_unreadable_hdf_and_missing_section_refused(void **state)
{
	(void)state;
	refused(strdup("Route {\n  supplies {\n"), "routes:", NULL);
	refused(strdup("Routes {\n}\n"), "no Route section", NULL);
}

static void test_a_good_file_replaces_the_routes_in_force(void **state)
{
	(void)state;
	char err[300] = "";
	struct rvals v = {0};
	load_good();
	char *lower = replaced(good, "If = amount > expense_gm_threshold_fen", "If = amount > 100");
	assert_int_equal(routes_parse_string(lower, err, sizeof err), 0);
	rvals_set(&v, "category", "travel");
	rvals_set_num(&v, "over_budget", 0);
	rvals_set_num(&v, "amount", 101);
	assert_string_equal(applying("expense", &v), "superior,head,gm");
	char hash[65];
	snprintf(hash, sizeof hash, "%s", routes_hash());
	load_good();
	assert_string_not_equal(routes_hash(), hash);
	assert_string_equal(applying("expense", &v), "superior,head");
	free(lower);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_routes_load_for_every_registered_type),
		cmocka_unit_test(test_OS01_supplies_manager_then_assistant_hands_out),
		cmocka_unit_test(test_LV05_personal_leave_over_three_days_goes_to_gm),
		cmocka_unit_test(test_LV04_sick_leave_never_goes_to_gm_whatever_its_length),
		cmocka_unit_test(test_LV11_outing_only_the_manager),
		cmocka_unit_test(test_EX06_expense_over_threshold_goes_to_gm),
		cmocka_unit_test(test_EX05_claim_difference_follows_the_same_chain),
		cmocka_unit_test(test_EX04_claim_settled_by_finance),
		cmocka_unit_test(test_RC01_RC03_reception_steps_by_class),
		cmocka_unit_test(test_SP02_SP03_visit_head_or_deputy_then_requester_reports),
		cmocka_unit_test(test_SP04_agreement_one_two_signer_step),
		cmocka_unit_test(test_SP05_disbursement_head_then_finance_pays),
		cmocka_unit_test(test_probe_route_one_shape_each),
		cmocka_unit_test(test_unknown_kind_refused_naming_type_and_step),
		cmocka_unit_test(test_unknown_role_in_who_refused),
		cmocka_unit_test(test_AU03_requester_on_an_approval_step_refused),
		cmocka_unit_test(test_empty_who_refused),
		cmocka_unit_test(test_condition_syntax_error_names_type_step_and_column),
		cmocka_unit_test(test_condition_on_a_value_the_type_lacks_refused),
		cmocka_unit_test(test_unknown_type_refused),
		cmocka_unit_test(test_missing_route_for_a_known_type_refused),
		cmocka_unit_test(test_unreadable_hdf_and_missing_section_refused),
		cmocka_unit_test(test_a_good_file_replaces_the_routes_in_force),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
