/* rvals.c - a request's values by name, for conditions and display. */
#include "engine/flow.h"

#include <stdio.h>
#include <string.h>

#include "core/settings.h"

static int find(const struct rvals *rv, const char *name)
{
	for (size_t i = 0; i < rv->n; i++)
		if (!strcmp(rv->v[i].name, name))
			return (int)i;
	return -1;
}

static int slot(struct rvals *rv, const char *name)
{
	int i = find(rv, name);
	if (i >= 0 || rv->n >= RVAL_MAX)
		return i;
	i = (int)rv->n++;
	snprintf(rv->v[i].name, sizeof rv->v[i].name, "%s", name);
	return i;
}

void rvals_set(struct rvals *rv, const char *name, const char *text)
{
	int i = slot(rv, name);
	if (i < 0)
		return;
	snprintf(rv->v[i].text, sizeof rv->v[i].text, "%s", text ? text : "");
	rv->v[i].is_num = 0;
	rv->v[i].num = 0;
}

void rvals_set_num(struct rvals *rv, const char *name, long long num)
{
	int i = slot(rv, name);
	if (i < 0)
		return;
	snprintf(rv->v[i].text, sizeof rv->v[i].text, "%lld", num);
	rv->v[i].is_num = 1;
	rv->v[i].num = num;
}

const char *rvals_get(const struct rvals *rv, const char *name)
{
	int i = find(rv, name);
	return i < 0 ? NULL : rv->v[i].text;
}

long long rvals_num(const struct rvals *rv, const char *name)
{
	int i = find(rv, name);
	return i < 0 ? 0 : rv->v[i].num;
}

/* A route condition may name a request value or, failing that, a policy
 * setting, so "days > personal_gm_days" follows the admin's number. */
int rvals_lookup(void *ctx, const char *name, struct cval *out)
{
	const struct rvals *rv = ctx;
	int i = find(rv, name);
	if (i >= 0) {
		out->type = rv->v[i].is_num ? CV_INT : rv->v[i].text[0] ? CV_STR : CV_NONE;
		out->i = rv->v[i].num;
		out->s = rv->v[i].text;
		return 0;
	}
	if (setting_def_find(name)) {
		out->type = CV_INT;
		out->i = setting(name);
		out->s = NULL;
		return 0;
	}
	return -1;
}
