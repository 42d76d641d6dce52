/* payroll.c - a month of attendance as money (see payroll.h). */
#include "attendance/payroll.h"

#include <stdio.h>
#include <string.h>

/* GCC/Clang extension, as in core/money.c: the exact sum needs more than
 * 64 bits before it is divided. */
__extension__ typedef __int128 i128;

/* A half day's leave at share bp of salary / 21.75 is
 * salary * bp * 100 / (2175 * 2 * 10000) = salary * bp / PAY_DEN fen, so
 * every amount of the month is a whole number of 1/PAY_DEN fen. */
#define PAY_DEN (2LL * 10000 * PAY_MONTH_DAYS_X100 / 100)

#define FEN_MAX ((i128)0x7fffffffffffffffLL)

/* n / PAY_DEN rounded half-up (n >= 0); -1 when it does not fit. */
static int round_den(i128 n, long long *out)
{
	i128 q = (n + PAY_DEN / 2) / PAY_DEN;
	if (q > FEN_MAX)
		return -1;
	*out = (long long)q;
	return 0;
}

static int valid(const struct pay_in *in, const struct pay_policy *p)
{
	int halves_ok = in->sick_halfdays >= 0 && in->personal_halfdays >= 0 && in->other_halfdays >= 0 &&
	    in->absent_halfdays >= 0 && in->absence_before_halfdays >= 0 && in->lates >= 0 && in->workdays >= 0;
	int sizes_ok = in->sick_halfdays <= 1000 && in->personal_halfdays <= 1000 && in->other_halfdays <= 1000 &&
	    in->absent_halfdays <= 1000 && in->absence_before_halfdays <= 100000 && in->lates <= 100000 &&
	    in->workdays <= 500 && in->other_bp_halfdays >= 0 && in->other_bp_halfdays <= 10000000LL;
	int policy_ok = p->sick_bp >= 0 && p->sick_bp <= 10000 && p->personal_bp >= 0 && p->personal_bp <= 10000 &&
	    p->late_fine >= 0 && p->absence_fine >= 0;
	return in->salary_fen >= 0 && halves_ok && sizes_ok && policy_ok;
}

/* The leave, the fines and the whole month, each in 1/PAY_DEN fen. */
static void exact(const struct pay_in *in, const struct pay_policy *p, i128 *leave, i128 *late, i128 *absence)
{
	i128 units = (i128)in->sick_halfdays * p->sick_bp + (i128)in->personal_halfdays * p->personal_bp +
	    in->other_bp_halfdays;
	*leave = (i128)in->salary_fen * units;
	*late = (i128)p->late_fine * in->lates * PAY_DEN;
	*absence = (i128)p->absence_fine * in->absent_halfdays * (PAY_DEN / 2);
}

static void counts(const struct pay_in *in, const struct pay_policy *p, struct pay_out *out)
{
	long long worked = 2LL * in->workdays - in->sick_halfdays - in->personal_halfdays - in->other_halfdays -
	    in->absent_halfdays;
	out->worked_halfdays = worked < 0 ? 0 : (int)worked;
	out->period_halfdays = in->absence_before_halfdays + in->absent_halfdays;
	out->flag_lates = in->lates >= p->late_flag_count;
	out->flag_absence = (long long)out->period_halfdays >= 2LL * p->absence_flag_days;
}

int pay_month(const struct pay_in *in, const struct pay_policy *p, struct pay_out *out)
{
	memset(out, 0, sizeof *out);
	if (!valid(in, p))
		return -1;
	i128 leave, late, absence;
	exact(in, p, &leave, &late, &absence);
	if (round_den(leave, &out->leave_deduct) || round_den(late, &out->late_deduct) ||
	    round_den(absence, &out->absence_deduct) || round_den(leave + late + absence, &out->due))
		return -1;
	out->capped = out->due > in->salary_fen;
	out->total_deduct = out->capped ? in->salary_fen : out->due;
	counts(in, p, out);
	return 0;
}

void pay_bp_text(long long bp, char *out, size_t outlen)
{
	if (bp % 100 == 0)
		snprintf(out, outlen, "%lld%%", bp / 100);
	else
		snprintf(out, outlen, "%lld.%02lld%%", bp / 100, bp % 100);
}

void pay_month_days_text(char *out, size_t outlen)
{
	snprintf(out, outlen, "%d.%02d", PAY_MONTH_DAYS_X100 / 100, PAY_MONTH_DAYS_X100 % 100);
}
