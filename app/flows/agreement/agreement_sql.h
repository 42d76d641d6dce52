/* agreement_sql.h - the statements of sponsorship (db/stmt.h): merchants,
 * agreements and the sponsorship ledger (used by disbursements too). */
#ifndef LIAISON_FLOWS_AGREEMENT_SQL_H
#define LIAISON_FLOWS_AGREEMENT_SQL_H

#include "db/stmt.h"

/* merchants */
#define MERCHANT_COLS(C, R) C(R, id, INT) C(R, name, STR) C(R, contacts, STR) C(R, address, STR) C(R, notes, STR)
DB_READS(ST_MERCHANT_LIST, merchant, MERCHANT_COLS);
DB_READS_ROW(ST_MERCHANT_GET, merchant);
DB_WRITES(ST_MERCHANT_ADD);
#define MERCHANT_AGR_COLS(C, R) C(R, id, INT) C(R, number, STR) C(R, type, STR) C(R, state, STR) \
	C(R, title, STR) C(R, submitted_at, INT)
DB_READS(ST_MERCHANT_REQUESTS, merchant_agr, MERCHANT_AGR_COLS);
#define MERCHANT_RECEIPT_COLS(C, R) C(R, agreement_id, INT) C(R, number, STR) C(R, kind, STR) \
	C(R, amount_fen, INT) C(R, qty, INT) C(R, on_day, STR) C(R, received_by, STR)
DB_READS(ST_MERCHANT_RECEIPTS, merchant_receipt, MERCHANT_RECEIPT_COLS);

/* agreements (SP-04) */
DB_WRITES(ST_AGR_SAVE);
#define AGR_GET_COLS(C, R) C(R, merchant_id, INT) C(R, merchant, OPT) C(R, money_fen, INT) C(R, goods, STR) \
	C(R, goods_qty, INT) C(R, goods_fen, INT) C(R, gives_back, STR) C(R, starts_on, OPT) C(R, ends_on, OPT) \
	C(R, body, STR)
DB_READS(ST_AGR_GET, agr_get, AGR_GET_COLS);
/* The agreement's state, its row locked: every ledger change takes it first. */
#define AGR_LOCK_COLS(C, R) C(R, state, STR) C(R, requester_id, INT)
DB_READS(ST_AGR_LOCK, agr_lock, AGR_LOCK_COLS);
/* The head of a user's department: who besides the drafter may edit. */
#define AGR_HEAD_COLS(C, R) C(R, head_id, OPT)
DB_READS(ST_AGR_HEAD_OF, agr_head, AGR_HEAD_COLS);
/* Signed agreements to draw on: a disbursement form's choices. */
#define AGR_SIGNED_COLS(C, R) C(R, id, INT) C(R, number, STR) C(R, merchant, STR)
DB_READS(ST_AGR_SIGNED, agr_signed, AGR_SIGNED_COLS);

/* the ledger (SP-05) */
#define LEDGER_BAL_COLS(C, R) C(R, received, INT) C(R, used, INT)
DB_READS(ST_LEDGER_BALANCE, ledger_bal, LEDGER_BAL_COLS);
DB_READS_ROW(ST_LEDGER_BALANCE_NOW, ledger_bal);
DB_WRITES(ST_LEDGER_IN);
#define LEDGER_PROOF_COLS(C, R) C(R, id, OPT)
DB_READS(ST_LEDGER_LAST_PROOF, ledger_proof, LEDGER_PROOF_COLS);
DB_WRITES(ST_LEDGER_SET_PROOF);
DB_WRITES(ST_LEDGER_OUT);
DB_WRITES(ST_LEDGER_PAID);
#define LEDGER_ROW_COLS(C, R) C(R, id, INT) C(R, direction, STR) C(R, kind, STR) C(R, amount_fen, INT) \
	C(R, qty, INT) C(R, on_day, STR) C(R, received_by, STR) C(R, note, STR) C(R, disb_number, OPT) \
	C(R, disb_id, OPT) C(R, paid_at, OPT) C(R, recorder, STR) C(R, proof_id, OPT)
DB_READS(ST_LEDGER_ROWS, ledger_row, LEDGER_ROW_COLS);
#define LEDGER_SUM_COLS(C, R) C(R, id, INT) C(R, number, STR) C(R, merchant, STR) C(R, state, STR) \
	C(R, in_money, INT) C(R, in_goods, INT) C(R, out_money, INT) C(R, out_goods, INT)
DB_READS(ST_LEDGER_REPORT, ledger_sum, LEDGER_SUM_COLS);

#endif
