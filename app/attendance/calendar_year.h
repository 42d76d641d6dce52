/*
 * calendar_year.h - the work calendar of one year as twelve month grids
 * (LV-01) for the admin's page: each day a button that toggles it; and
 * what a toggle turns a day into.
 */
#ifndef LIAISON_CALENDAR_YEAR_H
#define LIAISON_CALENDAR_YEAR_H

struct req;

/* One day's entry in calendar_days: kind "holiday"/"workday" with a name,
 * or kind "" for a day the Monday..Friday rule decides. */
struct calyear_day {
	int day;
	const char *kind, *name;
};

/* calyear_grid - Months.<m>.Weeks.<w>.<d>.{Date,Num,Kind,Name,Weekend}
 * (Monday first; Date empty for the blanks around a month) of year, with
 * the n entries of days (sorted by day) marked. */
void calyear_grid(struct req *r, int year, const struct calyear_day *days, int n);

/* calyear_toggled - what a click makes of day whose entry is old_kind
 * ("" none): none on Monday..Friday -> "holiday"; none on a weekend ->
 * "workday" (调休上班); an entry -> "remove" (back to the weekly rule). */
const char *calyear_toggled(int day, const char *old_kind);

#endif
