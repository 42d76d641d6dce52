/* supplies_sql.h - the statements of the supplies request type
 * (db/stmt.h): its request row and item rows, hand-outs and asset tags,
 * and the consolidated reports. */
#ifndef LIAISON_FLOWS_SUPPLIES_SQL_H
#define LIAISON_FLOWS_SUPPLIES_SQL_H

#include "db/stmt.h"

/* the request and its rows (OS-01) */
DB_WRITES(ST_SUPPLIES_SAVE);
DB_WRITES(ST_SUP_ITEMS_CLEAR);
DB_WRITES(ST_SUP_ITEM_ADD);
#define SUPPLIES_GET_COLS(C, R) C(R, kind, STR) C(R, items, STR) C(R, quantity, INT) C(R, purpose, STR) \
	C(R, handed_out, STR) C(R, handed_at, OPT) C(R, report_id, INT) C(R, report_state, OPT) C(R, sent_at, OPT)
DB_READS(ST_SUPPLIES_GET, supplies_get, SUPPLIES_GET_COLS);
#define SUP_ITEM_COLS(C, R) C(R, line_no, INT) C(R, name, STR) C(R, spec, STR) C(R, quantity, INT) \
	C(R, unit, STR) C(R, handed_qty, OPT) C(R, asset_tags, STR)
DB_READS(ST_SUP_ITEMS, sup_item, SUP_ITEM_COLS);
#define SUP_PAGE_COLS(C, R) C(R, items, STR) C(R, quantity, INT) C(R, purpose, STR) C(R, handed_out, STR) \
	C(R, handed_at, OPT) C(R, report_id, INT) C(R, sent_at, OPT) C(R, line_no, OPT) C(R, name, STR) C(R, spec, STR) \
	C(R, line_qty, INT) C(R, unit, STR) C(R, handed_qty, OPT) C(R, asset_tags, STR)
DB_READS(ST_SUP_PAGE, sup_page, SUP_PAGE_COLS);

/* the hand-out of each row, and asset tags */
DB_WRITES(ST_SUP_ITEM_HAND);
DB_WRITES(ST_SUP_HANDED);
#define SUP_TAG_COLS(C, R) C(R, request_id, INT)
DB_READS(ST_SUP_TAG_TAKEN, sup_tag, SUP_TAG_COLS);
DB_WRITES(ST_SUP_TAG_ADD);

/* a request's report, locked (a cancellation) */
#define SUP_REQ_REPORT_COLS(C, R) C(R, report_id, INT) C(R, state, STR)
DB_READS(ST_SUP_REQ_REPORT_LOCK, sup_req_report, SUP_REQ_REPORT_COLS);
DB_WRITES(ST_SUP_UNREPORT);

/* gathering: what waits on the assistant, and each pick locked */
#define SUP_WAITING_COLS(C, R) C(R, id, INT) C(R, number, STR) C(R, version, INT) C(R, title, STR) \
	C(R, requester, STR) C(R, dept, STR) C(R, kind, STR) C(R, purpose, STR) C(R, updated_at, INT)
DB_READS(ST_SUP_WAITING, sup_waiting, SUP_WAITING_COLS);
#define SUP_PICK_COLS(C, R) C(R, version, INT) C(R, state, STR) C(R, report_id, INT) C(R, mine, INT)
DB_READS(ST_SUP_PICK_LOCK, sup_pick, SUP_PICK_COLS);
DB_WRITES(ST_SUP_REPORT_NEW);
DB_WRITES(ST_SUP_SET_REPORT);

/* reports */
#define SUP_REPORT_COLS(C, R) C(R, id, INT) C(R, state, STR) C(R, creator, STR) C(R, created_at, INT) \
	C(R, sender, OPT) C(R, sent_at, OPT) C(R, sent_to, STR) C(R, requests, INT) C(R, handed, INT) C(R, may, INT)
DB_READS(ST_SUP_REPORT_GET, sup_report, SUP_REPORT_COLS);
DB_READS_ROW(ST_SUP_REPORTS, sup_report);
#define SUP_REPORT_LOCK_COLS(C, R) C(R, state, STR) C(R, may, INT)
DB_READS(ST_SUP_REPORT_LOCK, sup_report_lock, SUP_REPORT_LOCK_COLS);
#define SUP_REPORT_REQ_COLS(C, R) C(R, request_id, INT)
DB_READS(ST_SUP_REPORT_REQS, sup_report_req, SUP_REPORT_REQ_COLS);
DB_WRITES(ST_SUP_REPORT_SENT);
DB_WRITES(ST_SUP_REPORT_FREE);
DB_WRITES(ST_SUP_REPORT_DEL);
#define SUP_LINE_COLS(C, R) C(R, request_id, INT) C(R, number, STR) C(R, state, STR) C(R, requester, STR) \
	C(R, dept, STR) C(R, kind, STR) C(R, purpose, STR) C(R, line_no, INT) C(R, name, STR) C(R, spec, STR) \
	C(R, quantity, INT) C(R, unit, STR) C(R, handed_qty, OPT) C(R, asset_tags, STR) C(R, handed_out, STR)
DB_READS(ST_SUP_REPORT_LINES, sup_line_row, SUP_LINE_COLS);
#define SUP_TOTAL_COLS(C, R) C(R, kind, STR) C(R, name, STR) C(R, spec, STR) C(R, unit, STR) \
	C(R, quantity, INT) C(R, requests, INT) C(R, handed, INT)
DB_READS(ST_SUP_REPORT_TOTALS, sup_total, SUP_TOTAL_COLS);

#endif
