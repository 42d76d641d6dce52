/* expense_travel.h - EX-07: the days of a trip without enough check-ins. */
#ifndef LIAISON_FLOWS_EXPENSE_TRAVEL_H
#define LIAISON_FLOWS_EXPENSE_TRAVEL_H

#include <stddef.h>

/* ex_missed - the days from depart to the earlier of ret and the day
 * before today with fewer than the setting's check-ins: their number in
 * *n and, in out, the days joined by "、" (as many as fit).  0 or a db rc. */
int ex_missed(long long request_id, int depart, int ret, int today, char *out, size_t outlen, int *n);

#endif
