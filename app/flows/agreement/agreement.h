/*
 * agreement.h - 赞助协议 (SP-01, SP-04, SP-05): the agreement type, signed
 * by two people with signing authority, neither its drafter (the engine's
 * `two` step, engine/sign.c binding each signature to the content); and
 * its pages beyond the shared request pages: the merchant register (商家),
 * receipts into the sponsorship ledger and the ledger report.
 */
#ifndef LIAISON_FLOW_AGREEMENT_H
#define LIAISON_FLOW_AGREEMENT_H

struct req;
struct flow_page;
struct route_table;
struct flow_ctx;

extern const struct flow_page agreement_type;
extern const struct route_table agreement_table;

/* Declared limits of the text fields, in characters. */
#define AGR_GOODS_MAX 200
#define AGR_BACK_MAX 500
#define AGR_BODY_MAX 5000
#define MER_NAME_MAX 100
#define MER_CONTACTS_MAX 200
#define MER_ADDRESS_MAX 200
#define MER_NOTES_MAX 500
#define LEDGER_BY_MAX 50
#define LEDGER_NOTE_MAX 200
/* The largest amount anywhere in sponsorship: ¥1,000,000,000.00 in fen. */
#define SP_FEN_MAX 100000000000LL

/* agreement_prepare - the form page's merchants to choose from. */
int agreement_prepare(struct req *r, int preview);

/* agreement_balance - inside a transaction: lock the agreement's row and
 * give what was received and what is spoken for of kind ("money" or
 * "goods"), in fen, and its state; O_NOT_FOUND if it is no agreement. */
int agreement_balance(long long agreement, const char *kind, long long *received, long long *used, char *state,
    unsigned long statelen);

/* agreement_load_balances - the four sums as values of the request page. */
int agreement_load_balances(struct flow_ctx *c);

/* GET /merchants, POST /merchants, GET /merchants/:id - the register. */
int merchants_page(struct req *r);
int merchant_add(struct req *r);
int merchant_page(struct req *r);

/* GET/POST /agreements/:id/receive - a receipt into the ledger (SP-05). */
int receive_form(struct req *r);
int receive_submit(struct req *r);
/* GET /agreements/:id/ledger - an agreement's ledger rows. */
int ledger_page(struct req *r);
/* GET /sponsorship/ledger - received, used, left per agreement in a period
 * (with csv=1: as CSV). */
int ledger_report(struct req *r);

/* The demo's merchants. */
int agreement_demo(long long now);

#endif
