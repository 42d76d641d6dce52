/*
 * outcome.h - what every layer below the pages answers: one int.
 *
 *   0          done (DB_OK)
 *   > 0        refused, the value being the HTTP status a page answers with:
 *              O_REFUSED (a rule said no; the reason is a language key the
 *              caller was given), O_FORBIDDEN, O_NOT_FOUND, O_CONFLICT
 *              (decided or changed since the user looked), O_NO_APPROVER
 *              (AU-04: a refusal whose reason names the missing role),
 *              O_NO_SPACE (a file could not be written: ENOSPC, EIO)
 *   < 0        the database failed (db.h's enum db_rc): DB_GONE is 503,
 *              everything else 500
 *
 * Handlers return the same kind of int, with 0 meaning "the answer was
 * sent"; web/dispatch.c alone turns what is left into a status and a page.
 */
#ifndef LIAISON_OUTCOME_H
#define LIAISON_OUTCOME_H

enum outcome {
	O_OK = 0,
	O_REFUSED = 400,
	O_FORBIDDEN = 403,
	O_NOT_FOUND = 404,
	O_CONFLICT = 409,
	O_NO_APPROVER = 422,
	O_NO_SPACE = 507,      /* the disk is full or failing: nothing was kept */
};

#endif
