/* sql_leave.h - statements of the leave area, as X(id, writes, sql). */
#ifndef LIAISON_SQL_LEAVE_H
#define LIAISON_SQL_LEAVE_H

#define SQL_LEAVE(X)

#endif
