/*
 * registry.c - every request type of domain.md, one line each: a type is
 * its folder under flows/ and its line here.
 */
#include "flows/registry.h"

#include <stddef.h>

#include "engine/flow.h"
#include "pages/flow_page.h"

extern const struct flow_page supplies_type, leave_type, outing_type, reception_type;
extern const struct flow_page visit_type, agreement_type, disbursement_type;   /* flows/visit, agreement, disbursement */
extern const struct flow_page expense_type, claim_type, claim_diff_type;
#ifdef LIAISON_TEST
extern const struct flow_page probe_type;   /* tests/probe/probe.c */
#endif


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
