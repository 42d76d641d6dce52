/*
 * registry.c - every request type of domain.md.  Types whose forms are not
 * built yet are declared with their number prefix and the values their
 * route conditions test, so conf/routes.hdf is checked whole from day one.
 */
#include <string.h>

#include "engine/flow.h"

extern const struct flow flow_supplies;
extern const struct flow flow_leave;
extern const struct flow flow_outing;
#ifdef LIAISON_TEST
extern const struct flow flow_probe;
#endif

static const char *const amount_values[] = {"amount", "category", NULL};
static const char *const reception_values[] = {"class", "amount", NULL};
static const char *const plain_values[] = {"amount", NULL};

static const struct flow flow_expense = {.type = "expense", .prefix = "FY", .values = amount_values};
static const struct flow flow_claim_diff = {.type = "claim_diff", .prefix = "CE", .values = amount_values};
static const struct flow flow_claim = {.type = "claim", .prefix = "BX", .values = amount_values};
static const struct flow flow_reception = {.type = "reception", .prefix = "JD", .values = reception_values};
static const struct flow flow_visit = {.type = "visit", .prefix = "BF", .values = plain_values};
static const struct flow flow_agreement = {.type = "agreement", .prefix = "XY", .values = plain_values};
static const struct flow flow_disbursement = {.type = "disbursement", .prefix = "ZC", .values = plain_values};

static const struct flow *const flows[] = {
	&flow_supplies, &flow_leave, &flow_outing, &flow_expense, &flow_claim_diff, &flow_claim,
	&flow_reception, &flow_visit, &flow_agreement, &flow_disbursement,
#ifdef LIAISON_TEST
	&flow_probe,
#endif
};

const struct flow *flow_find(const char *type)
{
	for (size_t i = 0; i < sizeof flows / sizeof flows[0]; i++)
		if (!strcmp(flows[i]->type, type))
			return flows[i];
	return NULL;
}

const struct flow *const *flow_all(size_t *n)
{
	*n = sizeof flows / sizeof flows[0];
	return flows;
}
