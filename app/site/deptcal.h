/*
 * deptcal.h - the department calendar: who is on leave or out (approved
 * leave and outings), by day for a month, one row per person, as a grid
 * the server makes; and the person's own absences as an iCalendar file
 * for their calendar app.  The kind of leave is not shown: the calendar
 * says that someone is away, not why (sick leave is private).
 */
#ifndef LIAISON_DEPTCAL_H
#define LIAISON_DEPTCAL_H

struct req;
struct route_table;

/* GET /calendar?month=YYYY-MM&dept=N - own department unless the viewer
 * may see every department (general manager, executives, office, clerk,
 * admin); another department is 403 for everyone else. */
int deptcal_page(struct req *r);

/* GET /calendar/mine.ics - the viewer's approved leave (all-day events)
 * and outings (timed, UTC) from a year back on. */
int deptcal_mine_ics(struct req *r);

extern const struct route_table deptcal_table;

#endif
