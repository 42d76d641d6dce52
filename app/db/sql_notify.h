/* sql_notify.h - statements of the notify area, as X(id, writes, sql). */
#ifndef LIAISON_SQL_NOTIFY_H
#define LIAISON_SQL_NOTIFY_H

#define SQL_NOTIFY(X)

#endif
