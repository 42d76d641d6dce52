/*
 * claim.h - 报销 (EX-03, EX-04, EX-05): a claim against the claimant's own
 * approved, unclaimed pre-approval, with the actual amount and receipts;
 * finance settles it into the personal ledger.  A difference beyond the
 * margin goes through its own route first (claim_diff).
 */
#ifndef LIAISON_FLOW_CLAIM_H
#define LIAISON_FLOW_CLAIM_H

struct req;
struct flow;
struct flow_page;
struct fieldset;

extern const struct flow_page claim_type, claim_diff_type;
extern const struct flow claim_diff_flow;
/* What finance's settle step records: pay_day, method, voucher. */
extern const struct fieldset claim_settle_fields;

/* claim_prepare - the claim form's pre-approval: its number, the approved
 * amount and what the margin allows. */
int claim_prepare(struct req *r, int preview);

/* claim_limit - what is paid without the difference's own approval:
 * approved x (1 + margin), half-up to the fen. */
long long claim_limit(long long approved_fen, long long margin_bp);

#endif
