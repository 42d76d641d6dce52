/* disbursement_sql.h - the statements of the disbursement type (db/stmt.h);
 * its ledger rows are sponsorship's (flows/agreement/agreement_sql.h). */
#ifndef LIAISON_FLOWS_DISBURSEMENT_SQL_H
#define LIAISON_FLOWS_DISBURSEMENT_SQL_H

#include "db/stmt.h"

DB_WRITES(ST_DISB_SAVE);
#define DISB_GET_COLS(C, R) C(R, agreement_id, INT) C(R, agreement_no, OPT) C(R, merchant, OPT) C(R, kind, STR) \
	C(R, amount_fen, INT) C(R, qty, INT) C(R, purpose, STR) C(R, paid_at, OPT)
DB_READS(ST_DISB_GET, disb_get, DISB_GET_COLS);

#endif
