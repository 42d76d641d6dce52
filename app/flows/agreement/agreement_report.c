/* agreement_report.c - SP-05's report: per agreement, what came in, what
 * went out and what is left, of money and of goods (valued), over the days
 * of a period (default: the current year); as a page or as CSV. */
#include "flows/agreement/agreement.h"

#include <stdio.h>

#include "core/clock.h"
#include "core/money.h"
#include "db/db.h"
#include "engine/calendar.h"
#include "flows/agreement/agreement_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "view/csv.h"
#include "view/page.h"
#include "view/view.h"

struct period {
	long long from, to;   /* day numbers, both included */
};

/* The form's days, else the calendar year of today in Shanghai. */
static void period_of(struct req *r, struct period *p)
{
	int y, m, d;
	cal_ymd(cal_utc_to_day(clock_now()), &y, &m, &d);
	const struct fval *from = form_get(&r->form, "from"), *to = form_get(&r->form, "to");
	p->from = from && from->present ? from->num : cal_days(y, 1, 1);
	p->to = to && to->present ? to->num : cal_days(y, 12, 31);
}

static void sum_hdf(struct req *r, const struct ledger_sum *s, size_t i)
{
	page_set_int(r, s->id, "Rows.%zu.Id", i);
	page_set(r, s->number, "Rows.%zu.Number", i);
	page_set(r, s->merchant, "Rows.%zu.Merchant", i);
	page_set_label(r, "State", s->state, "Rows.%zu.State", i);
	page_set_money(r, s->in_money, "Rows.%zu.InMoney", i);
	page_set_money(r, s->out_money, "Rows.%zu.OutMoney", i);
	page_set_money(r, s->in_money - s->out_money, "Rows.%zu.LeftMoney", i);
	page_set_money(r, s->in_goods, "Rows.%zu.InGoods", i);
	page_set_money(r, s->out_goods, "Rows.%zu.OutGoods", i);
	page_set_money(r, s->in_goods - s->out_goods, "Rows.%zu.LeftGoods", i);
}

static NEOERR *csv_line(STRING *out, const char *const *v, size_t n)
{
	NEOERR *err = STATUS_OK;
	for (size_t i = 0; !err && i < n; i++)
		err = csv_field(out, v[i], i == 0);
	return err ? err : csv_row_end(out);
}

/* Amounts as plain yuan ("1234.50") so a spreadsheet sums them. */
static NEOERR *csv_build(struct req *r, STRING *out, const struct dbres *res)
{
	static const char *const keys[] = {"Request.Number", "Sponsor.Merchant", "Request.State", "Sponsor.InMoney",
	    "Sponsor.OutMoney", "Sponsor.LeftMoney", "Sponsor.InGoods", "Sponsor.OutGoods", "Sponsor.LeftGoods"};
	const char *head[9];
	char n[6][24];
	const struct ledger_sum *s;
	for (size_t i = 0; i < 9; i++)
		head[i] = view_text(r->lang, keys[i]);
	NEOERR *err = csv_begin(out);
	if (!err)
		err = csv_line(out, head, 9);
	for (size_t i = 0; !err && (s = ledger_sum_at(res, i)); i++) {
		long long v[6] = {s->in_money, s->out_money, s->in_money - s->out_money, s->in_goods, s->out_goods,
		    s->in_goods - s->out_goods};
		for (int k = 0; k < 6; k++)
			money_format_plain(v[k], n[k], sizeof n[k]);
		char key[32];
		snprintf(key, sizeof key, "State.%s", s->state);
		const char *row[] = {s->number, s->merchant, view_text(r->lang, key), n[0], n[1], n[2], n[3], n[4], n[5]};
		err = csv_line(out, row, 9);
	}
	return err;
}

static int send_csv(struct req *r, const struct dbres *res)
{
	STRING out;
	string_init(&out);
	NEOERR *err = csv_build(r, &out, res);
	int rc = err ? DB_ERR : DB_OK;
	nerr_ignore(&err);
	if (rc == DB_OK)
		csv_send(r, "sponsorship-ledger.csv", &out);
	string_clear(&out);
	return rc;
}

int ledger_report(struct req *r)
{
	struct period p;
	struct dbres res;
	const struct ledger_sum *s;
	if (r->form.nerr)
		return 400;
	period_of(r, &p);
	int rc = DB_RUN(ST_LEDGER_REPORT, &res, DBI(p.from), DBI(p.to));
	if (rc == DB_OK && form_get(&r->form, "csv")->num) {
		rc = send_csv(r, &res);
		db_free(&res);
		return rc;
	}
	for (size_t i = 0; rc == DB_OK && (s = ledger_sum_at(&res, i)); i++)
		sum_hdf(r, s, i);
	db_free(&res);
	if (rc != DB_OK)
		return rc;
	char day[16];
	int y, m, d;
	cal_ymd((int)p.from, &y, &m, &d);
	snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, d);
	page_set(r, day, "Period.From");
	cal_ymd((int)p.to, &y, &m, &d);
	snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, d);
	page_set(r, day, "Period.To");
	page_title(r, "Sponsor.ReportTitle");
	return view_page(r, 200, "flows/agreement/report.cs");
}
