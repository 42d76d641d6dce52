/*
 * registry.c - every request type of domain.md, one line each.  Types
 * whose forms are not built yet are declared with their number prefix and
 * the values their route conditions test, so conf/routes.hdf is checked
 * whole from day one.
 */
#include "flows/registry.h"

#include <stddef.h>

#include "engine/flow.h"
#include "pages/flow_page.h"

extern const struct flow_page supplies_type, leave_type, outing_type;
extern const struct flow_page expense_type, claim_type, claim_diff_type;
#ifdef LIAISON_TEST
extern const struct flow_page probe_type;   /* tests/probe/probe.c */
#endif

static const char *const reception_values[] = {"class", "amount", NULL};
static const char *const plain_values[] = {"amount", NULL};

#define DECLARED(name, t, p, v) \
	static const struct flow name##_flow = {.type = t, .prefix = p, .values = v}; \
	static const struct flow_page name##_type = {.flow = &name##_flow}

DECLARED(reception, "reception", "JD", reception_values);
DECLARED(visit, "visit", "BF", plain_values);
DECLARED(agreement, "agreement", "XY", plain_values);
DECLARED(disbursement, "disbursement", "ZC", plain_values);

static const struct flow_page *const types[] = {
	&supplies_type,
	&leave_type,
	&outing_type,
	&expense_type,
	&claim_diff_type,
	&claim_type,
	&reception_type,
	&visit_type,
	&agreement_type,
	&disbursement_type,
#ifdef LIAISON_TEST
	&probe_type,
#endif
};

#define NTYPES (sizeof types / sizeof types[0])

void flows_register(void)
{
	static const struct flow *flows[NTYPES];
	for (size_t i = 0; i < NTYPES; i++)
		flows[i] = types[i]->flow;
	flows_use(flows, NTYPES);
	flow_pages_use(types, NTYPES);
}

int flows_demo(long long now)
{
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < NTYPES; i++)
		if (types[i]->demo)
			rc = types[i]->demo(now);
	return rc;
}
