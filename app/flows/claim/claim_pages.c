/* claim_pages.c - the claim form's own data (the pre-approval it is
 * against and what the margin allows) and what finance's settle step
 * records. */
#include "flows/claim/claim.h"

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "db/settings.h"
#include "flows/claim/claim_sql.h"
#include "http/form.h"
#include "http/req.h"
#include "http/router.h"
#include "view/page.h"

static const char *const methods[] = {"transfer", "cash", "cheque", NULL};

static const struct field settle_f[] = {
	{"pay_day", FT_DATE, FIELD_REQUIRED, 0, 0, NULL},
	{"method", FT_ENUM, FIELD_REQUIRED, 0, 0, methods},
	{"voucher", FT_TEXT, FIELD_REQUIRED, 1, 40, NULL},
};
const struct fieldset claim_settle_fields = {settle_f, sizeof settle_f / sizeof settle_f[0]};

/* Only the user's own pre-approval is shown; the submission checks again. */
int claim_prepare(struct req *r, int preview)
{
	(void)preview;
	const struct fval *e = form_get(&r->form, "expense_id");
	if (!e || e->err || !e->num)
		return DB_OK;
	page_set_int(r, e->num, "Form.expense_id.Value");
	struct dbres res;
	int rc = DB_RUN(ST_CL_TARGET_VIEW, &res, DBI(e->num));
	const struct cl_target *t = cl_target_at(&res, 0);
	if (rc == DB_OK && t && t->user_id == r->user.id) {
		page_set(r, t->number, "Claim.Expense.Number");
		page_set(r, t->state, "Claim.Expense.State");
		page_set_money(r, t->amount_fen, "Claim.Expense.Approved");
		page_set_money(r, claim_limit(t->amount_fen, setting("expense_margin_bp")), "Claim.Expense.Limit");
		page_set_int(r, !strcmp(t->state, "approved") && !t->claim_id, "Claim.Expense.Open");
	}
	db_free(&res);
	return rc;
}
