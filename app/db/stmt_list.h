/*
 * stmt_list.h - every SQL statement, gathered from one file per area
 * (sql_<area>.h, each a list of X(id, writes, sql)).  Times cross the
 * boundary as UTC epoch seconds (FROM_UNIXTIME / UNIX_TIMESTAMP; the
 * connection runs at +00:00).
 */
#ifndef LIAISON_STMT_LIST_H
#define LIAISON_STMT_LIST_H

#include "db/sql_auth.h"
#include "db/sql_audit.h"
#include "db/sql_admin.h"
#include "db/sql_engine.h"
#include "db/sql_notify.h"
#include "db/sql_links.h"
#include "db/sql_leave.h"
#include "db/sql_mailer.h"

#define STMT_LIST(X) SQL_AUTH(X) SQL_AUDIT(X) SQL_ADMIN(X) SQL_ENGINE(X) SQL_NOTIFY(X) SQL_LINKS(X) SQL_LEAVE(X) SQL_MAILER(X)

#endif
