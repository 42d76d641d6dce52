/* disbursement_sql.c - the SQL of the disbursement type. */
#include "flows/disbursement/disbursement_sql.h"

#include <stddef.h>

DB_DEFINE(ST_DISB_SAVE, 1,
	"REPLACE INTO disbursement_requests (request_id, agreement_id, kind, amount_fen, qty, purpose)"
	" VALUES (?, ?, ?, ?, ?, ?)");
DB_DEFINE_READS(ST_DISB_GET, 0, disb_get, DISB_GET_COLS,
	"SELECT d.agreement_id, r.number, m.name, d.kind, d.amount_fen, d.qty, d.purpose,"
	" (SELECT UNIX_TIMESTAMP(l.paid_at) FROM sponsor_ledger l WHERE l.disbursement_id = d.request_id)"
	" FROM disbursement_requests d LEFT JOIN requests r ON r.id = d.agreement_id"
	" LEFT JOIN agreement_requests a ON a.request_id = d.agreement_id"
	" LEFT JOIN merchants m ON m.id = a.merchant_id WHERE d.request_id = ?");
