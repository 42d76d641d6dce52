/*
 * holidayfile.h - a year of public holidays and make-up working days
 * (LV-01) as an admin imports it once the State Council has published it:
 *
 *   CSV   "date,kind,name" as sql/data/cn-2026.csv: YYYY-MM-DD, holiday or
 *         workday (also 休 / 班), a name of up to 64 characters; an
 *         optional header line; UTF-8 with or without a byte-order mark.
 *   .ics  iCalendar (RFC 5545): each VEVENT's all-day DTSTART .. DTEND
 *         (exclusive; one day without DTEND), named by its SUMMARY.  A day
 *         is a make-up working day when SUMMARY or CATEGORIES says 班
 *         (上班, 补班, 调休上班) or "workday", the way published Chinese
 *         holiday feeds mark them; otherwise a holiday.
 *
 * Pure: the caller writes the rows.  Nothing is guessed: a line that is
 * not understood stops the whole file, with its line number.
 */
#ifndef LIAISON_HOLIDAYFILE_H
#define LIAISON_HOLIDAYFILE_H

#include <stddef.h>

#define HOLIDAYFILE_MAX_ROWS 1000
#define HOLIDAYFILE_NAME_CHARS 64

struct holiday_row {
	int day;          /* days since 1970-01-01 */
	int workday;      /* 1 make-up working day (调休上班), 0 holiday */
	char name[HOLIDAYFILE_NAME_CHARS * 4 + 1];
	int line;         /* 1-based line in the file (of DTSTART for .ics) */
};

/* holidayfile_parse
 * Description: Parses data[0..len), CSV or iCalendar (told apart by
 *              BEGIN:VCALENDAR), into *rows (allocated, caller frees),
 *              sorted by day.  The same day twice, a make-up working day
 *              on Monday..Friday, a bad date, kind or name stops the parse.
 * Return:      the number of rows (> 0), or -1 with *bad_line (0: the file
 *              as a whole) and *bad_key ("Calendar.Import.Err.*") set;
 *              -2 when memory ran out.
 */
long holidayfile_parse(const char *data, size_t len, struct holiday_row **rows, int *bad_line,
    const char **bad_key);

#endif
