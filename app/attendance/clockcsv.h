/*
 * clockcsv.h - the time clock's export: one line per person and day,
 * "login,date,first clock-in" (YYYY-MM-DD, HH:MM or empty for no clock-in),
 * an optional header line, UTF-8 with or without a byte-order mark, CRLF
 * or LF.  Pure: the caller resolves logins and writes the records.
 */
#ifndef LIAISON_CLOCKCSV_H
#define LIAISON_CLOCKCSV_H

#include <stddef.h>

#define CLOCKCSV_MAX_ROWS 20000

struct clock_row {
	char login[65];
	int day;        /* days since 1970-01-01 */
	int minute;     /* minutes after midnight of the first clock-in, -1 when none */
	int line;       /* 1-based line in the file */
};

/* clockcsv_parse
 * Description: Parses data[0..len) into *rows (allocated, caller frees).
 *              Blank lines are skipped; any other malformed line stops the
 *              parse, as does the same login and date twice.
 * Return:      the number of rows (>= 0), or -1 with *bad_line and *bad_key
 *              ("Attendance.Import.Err.*") set; -2 when memory ran out.
 */
long clockcsv_parse(const char *data, size_t len, struct clock_row **rows, int *bad_line, const char **bad_key);

/* clockcsv_record - what a clock-in means against work_start_min: -1 for
 * none (absent the whole day), 0 on time, or the minutes late (> 0). */
int clockcsv_late(int minute, int work_start_min);

#endif
