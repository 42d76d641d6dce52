/* rvals.c - a request's values by name, for conditions and display. */
#include "engine/flow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/settings.h"

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
	if (i >= 0 || rv->n >= RVAL_MAX || strlen(name) >= sizeof rv->v[0].name)
		return i;
	i = (int)rv->n++;
	snprintf(rv->v[i].name, sizeof rv->v[i].name, "%s", name);
	rv->v[i].text = NULL;
	return i;
}

/* A text is kept at its own length: a value is never cut to fit. */
static int put(struct rvals *rv, const char *name, const char *text, long long num, int is_num)
{
	int i = slot(rv, name);
	char *copy = strdup(text ? text : "");
	if (i < 0 || !copy) {
		free(copy);
		return -1;
	}
	free(rv->v[i].text);
	rv->v[i].text = copy;
	rv->v[i].num = num;
	rv->v[i].is_num = is_num;
	return 0;
}

int rvals_set(struct rvals *rv, const char *name, const char *text) { return put(rv, name, text, 0, 0); }

int rvals_set_num(struct rvals *rv, const char *name, long long num)
{
	char t[24];
	snprintf(t, sizeof t, "%lld", num);
	return put(rv, name, t, num, 1);
}

const char *rvals_get(const struct rvals *rv, const char *name)
{
	int i = rv ? find(rv, name) : -1;
	return i < 0 ? NULL : rv->v[i].text;
}

const char *rvals_text(const struct rvals *rv, const char *name)
{
	const char *t = rvals_get(rv, name);
	return t ? t : "";
}

long long rvals_num(const struct rvals *rv, const char *name)
{
	int i = rv ? find(rv, name) : -1;
	return i < 0 ? 0 : rv->v[i].num;
}

void rvals_free(struct rvals *rv)
{
	for (size_t i = 0; i < rv->n; i++)
		free(rv->v[i].text);
	rv->n = 0;
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
