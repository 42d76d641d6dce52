/* flow.c - the types of this program, and what their callbacks share. */
#include "engine/flow.h"

#include <stdio.h>
#include <string.h>

#include "core/outcome.h"
#include "core/text.h"

static const struct flow *const *flows;
static size_t nflows;

void flows_use(const struct flow *const *all, size_t n)
{
	flows = all;
	nflows = n;
}

const char *flow_cancel_state(const struct flow *f)
{
	return f->cancel_state ? f->cancel_state : "approved";
}

const struct flow *flow_find(const char *type)
{
	for (size_t i = 0; i < nflows; i++)
		if (!strcmp(flows[i]->type, type))
			return flows[i];
	return NULL;
}

int flow_hooks(const struct flow *f, enum flow_event ev)
{
	return f->hook && (!f->hook_events || (f->hook_events & EV_BIT(ev)));
}

int flow_links_any(const struct flow *f)
{
	if (f->link)
		return 1;
	for (size_t i = 0; i < nflows; i++)
		if (flows[i]->link && !strcmp(flows[i]->link->type, f->type))
			return 1;
	return 0;
}

const struct flow *const *flow_all(size_t *n)
{
	*n = nflows;
	return flows;
}

int flow_refuse(struct flow_ctx *c, const char *field, const char *key)
{
	snprintf(c->error_field, sizeof c->error_field, "%s", field ? field : "");
	snprintf(c->error_key, sizeof c->error_key, "%s", key);
	return O_REFUSED;
}

void flow_note(struct flow_ctx *c, const char *action, const char *detail)
{
	if (c->nnotes >= FLOW_NOTES)
		return;
	snprintf(c->notes[c->nnotes].action, sizeof c->notes[0].action, "%s", action);
	text_summary(detail ? detail : "", 150, c->notes[c->nnotes].detail, sizeof c->notes[0].detail);
	c->nnotes++;
}

int flow_tell(struct flow_ctx *c, long long user, const char *kind)
{
	if (c->ntells >= FLOW_TELLS)
		return -1;
	c->tells[c->ntells].user = user;
	snprintf(c->tells[c->ntells].kind, sizeof c->tells[0].kind, "%s", kind);
	c->tells[c->ntells].copy = 0;
	c->ntells++;
	return 0;
}

int flow_copy(struct flow_ctx *c, long long user, const char *kind)
{
	if (flow_tell(c, user, kind))
		return -1;
	c->tells[c->ntells - 1].copy = 1;
	return 0;
}
