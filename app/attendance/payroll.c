/* payroll.c - a month of attendance as money (see payroll.h). */
#include "attendance/payroll.h"

#include <string.h>

#include "core/money.h"

int att_effect_of(const struct att_day *d, const struct pay_policy *p, struct att_effect *out)
{
	memset(out, 0, sizeof *out);
	switch (d->status) {
	case ATT_ON_TIME:
		return 0;
	case ATT_LATE:
		if (d->late_min <= 0)
			return -1;
		if (d->shuttle)
			out->excused = 1;
		else if (d->late_min > p->late_absence_min)
			out->absent_halfdays = 1;
		else
			out->lates = 1;
		return 0;
	case ATT_ABSENT:
		if (d->halfdays != 1 && d->halfdays != 2)
			return -1;
		out->absent_halfdays = d->halfdays;
		return 0;
	}
	return -1;
}

int pay_daily_wage(long long salary_fen, long long *out)
{
	return money_mul_div_half_up(salary_fen, 100, 2175, out);
}

int pay_leave_deduction(long long daily_wage, int halfdays, long long share_bp, long long *out)
{
	long long per_half;
	if (__builtin_mul_overflow(daily_wage, (long long)halfdays, &per_half))
		return -1;
	return money_mul_div_half_up(per_half, share_bp, 20000, out);
}

static int add(long long *sum, long long v) { return __builtin_add_overflow(*sum, v, sum) ? -1 : 0; }

static int count_days(const struct pay_in *in, const struct pay_policy *p, struct pay_out *out)
{
	for (size_t i = 0; i < in->ndays; i++) {
		struct att_effect e;
		if (att_effect_of(&in->days[i], p, &e))
			return -1;
		out->lates += e.lates;
		out->excused += e.excused;
		out->absent_halfdays += e.absent_halfdays;
	}
	return 0;
}

int pay_month(const struct pay_in *in, const struct pay_policy *p, struct pay_out *out)
{
	memset(out, 0, sizeof *out);
	if (in->ndays > 62 || in->sick_halfdays < 0 || in->personal_halfdays < 0 || in->other_halfdays < 0)
		return -1;
	if (count_days(in, p, out) || pay_daily_wage(in->salary_fen, &out->daily_wage))
		return -1;
	if (pay_leave_deduction(out->daily_wage, in->sick_halfdays, p->sick_bp, &out->sick_deduct) ||
	    pay_leave_deduction(out->daily_wage, in->personal_halfdays, p->personal_bp, &out->personal_deduct))
		return -1;
	if (__builtin_mul_overflow(p->late_fine, (long long)out->lates, &out->late_deduct))
		return -1;
	if (money_mul_div_half_up(p->absence_fine, out->absent_halfdays, 2, &out->absence_deduct))
		return -1;
	out->total_deduct = 0;
	if (add(&out->total_deduct, out->sick_deduct) || add(&out->total_deduct, out->personal_deduct) ||
	    add(&out->total_deduct, out->late_deduct) || add(&out->total_deduct, out->absence_deduct) ||
	    add(&out->total_deduct, in->other_deduct_fen))
		return -1;
	long long worked = 2LL * in->workdays - in->sick_halfdays - in->personal_halfdays - in->other_halfdays -
	    out->absent_halfdays;
	out->worked_halfdays = worked < 0 ? 0 : worked > 200 ? 200 : (int)worked;
	out->flag_lates = out->lates >= p->late_flag_count;
	long long period = (long long)in->absence_before_halfdays + out->absent_halfdays;
	out->flag_absence = period >= 2LL * p->absence_flag_days;
	return 0;
}
