/* config.c - load and check the deployment configuration. */
#include "core/config.h"

#include <ClearSilver.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ctx {
	HDF *hdf;
	char *err;
	size_t errlen;
	int bad;
};

static void fail(struct ctx *c, const char *key, const char *why)
{
	if (!c->bad)
		snprintf(c->err, c->errlen, "configuration: %s %s", key, why);
	c->bad = 1;
}

static void get_str(struct ctx *c, const char *key, char *out, size_t outlen)
{
	const char *v = hdf_get_value(c->hdf, key, NULL);
	if (!v || !*v)
		fail(c, key, "is missing");
	else if (strlen(v) >= outlen)
		fail(c, key, "is too long");
	else
		snprintf(out, outlen, "%s", v);
}

static long long get_num(struct ctx *c, const char *key, long long min, long long max)
{
	const char *v = hdf_get_value(c->hdf, key, NULL);
	char *end = NULL;
	if (!v || !*v) {
		fail(c, key, "is missing");
		return min;
	}
	long long n = strtoll(v, &end, 10);
	if (*end || n < min || n > max) {
		fail(c, key, "is not a number in range");
		return min;
	}
	return n;
}

/* Secrets live in their own files (mode 0600) so the HDF can be shared. */
static void get_secret(struct ctx *c, const char *key, char *out, size_t outlen)
{
	char path[CFG_PATH];
	get_str(c, key, path, sizeof path);
	if (c->bad)
		return;
	FILE *f = fopen(path, "r");
	if (!f) {
		fail(c, key, "names a file that cannot be read");
		return;
	}
	if (!fgets(out, (int)outlen, f))
		out[0] = '\0';
	fclose(f);
	out[strcspn(out, "\r\n")] = '\0';
	if (strlen(out) < 16)
		fail(c, key, "holds a secret shorter than 16 characters");
}

/* The mail keys may be absent: a host without mail still runs the app. */
static void read_mail(struct ctx *c, struct config *cfg)
{
	const char *cmd = hdf_get_value(c->hdf, "Liaison.Mail.Command", "");
	const char *from = hdf_get_value(c->hdf, "Liaison.Mail.From", "Liaison <liaison@localhost.localdomain>");
	if (strlen(cmd) >= sizeof cfg->mail_command)
		fail(c, "Liaison.Mail.Command", "is too long");
	else if (strlen(from) >= sizeof cfg->mail_from || strpbrk(from, "\r\n"))
		fail(c, "Liaison.Mail.From", "is too long or has a line break");
	snprintf(cfg->mail_command, sizeof cfg->mail_command, "%s", c->bad ? "" : cmd);
	snprintf(cfg->mail_from, sizeof cfg->mail_from, "%s", c->bad ? "" : from);
	cfg->mail_poll_ms = hdf_get_value(c->hdf, "Liaison.Mail.PollMs", NULL)
	    ? (int)get_num(c, "Liaison.Mail.PollMs", 50, 600000) : 1000;
}

/* The audit chain's key must be readable before anything is audited; the
 * anchor keys are needed only by the scheduler and liaison-ctl. */
static void read_audit(struct ctx *c, struct config *cfg)
{
	get_str(c, "Liaison.Audit.KeyFile", cfg->audit.key_file, sizeof cfg->audit.key_file);
	get_str(c, "Liaison.Audit.AnchorFile", cfg->audit.anchor_file, sizeof cfg->audit.anchor_file);
	get_str(c, "Liaison.Audit.SignKeyFile", cfg->audit.sign_key_file, sizeof cfg->audit.sign_key_file);
	get_str(c, "Liaison.Audit.VerifyKeyFile", cfg->audit.verify_key_file, sizeof cfg->audit.verify_key_file);
	cfg->audit.anchor_minutes = (int)get_num(c, "Liaison.Audit.AnchorMinutes", 0, 7 * 24 * 60);
	const char *to = hdf_get_value(c->hdf, "Liaison.Audit.Auditors", "");
	if (strlen(to) >= sizeof cfg->audit.auditors || strpbrk(to, "\r\n"))
		fail(c, "Liaison.Audit.Auditors", "is too long or has a line break");
	else
		snprintf(cfg->audit.auditors, sizeof cfg->audit.auditors, "%s", to);
	FILE *f = c->bad ? NULL : fopen(cfg->audit.key_file, "r");
	if (!c->bad && !f)
		fail(c, "Liaison.Audit.KeyFile", "names a file that cannot be read");
	if (f)
		fclose(f);
}

static void read_limits(struct ctx *c, struct limits *l)
{
	l->max_body = (size_t)get_num(c, "Liaison.Limits.MaxBody", 1024, 1LL << 30);
	l->max_fields = (size_t)get_num(c, "Liaison.Limits.MaxFields", 1, 100000);
	l->max_name = (size_t)get_num(c, "Liaison.Limits.MaxName", 8, 4096);
	l->max_value = (size_t)get_num(c, "Liaison.Limits.MaxValue", 64, 1LL << 24);
	l->max_file = (size_t)get_num(c, "Liaison.Limits.MaxFile", 1024, 1LL << 30);
}

static void read_all(struct ctx *c, struct config *cfg)
{
	get_str(c, "Liaison.ListenSocket", cfg->listen_socket, sizeof cfg->listen_socket);
	cfg->workers = (int)get_num(c, "Liaison.Workers", 1, 256);
	get_str(c, "Liaison.DB.Socket", cfg->db_socket, sizeof cfg->db_socket);
	get_str(c, "Liaison.DB.Name", cfg->db_name, sizeof cfg->db_name);
	get_str(c, "Liaison.DB.User", cfg->db_user, sizeof cfg->db_user);
	get_secret(c, "Liaison.DB.PasswordFile", cfg->db_password, sizeof cfg->db_password);
	get_secret(c, "Liaison.SecretKeyFile", cfg->secret_key, sizeof cfg->secret_key);
	get_str(c, "Liaison.BaseURL", cfg->base_url, sizeof cfg->base_url);
	get_str(c, "Liaison.TemplateDir", cfg->template_dir, sizeof cfg->template_dir);
	get_str(c, "Liaison.LangDir", cfg->lang_dir, sizeof cfg->lang_dir);
	get_str(c, "Liaison.DataDir", cfg->data_dir, sizeof cfg->data_dir);
	get_str(c, "Liaison.CommonPasswords", cfg->common_passwords, sizeof cfg->common_passwords);
	get_str(c, "Liaison.RoutesFile", cfg->routes_file, sizeof cfg->routes_file);
	snprintf(cfg->clock_file, sizeof cfg->clock_file, "%s", hdf_get_value(c->hdf, "Liaison.Test.ClockFile", ""));
	cfg->demo = (int)get_num(c, "Liaison.Demo", 0, 1);
	read_limits(c, &cfg->limits);
	read_mail(c, cfg);
	read_audit(c, cfg);
	cfg->https = strncmp(cfg->base_url, "https://", 8) == 0;
	if (!c->bad && strncmp(cfg->base_url, "http://", 7) && !cfg->https)
		fail(c, "Liaison.BaseURL", "must start with http:// or https://");
}

int config_load(const char *const *files, int nfiles, struct config *cfg, char *err, size_t errlen)
{
	struct ctx c = {NULL, err, errlen, 0};
	memset(cfg, 0, sizeof *cfg);
	if (hdf_init(&c.hdf)) {
		snprintf(err, errlen, "configuration: out of memory");
		return -1;
	}
	for (int i = 0; i < nfiles && !c.bad; i++) {
		NEOERR *e = hdf_read_file(c.hdf, files[i]);
		if (e) {
			STRING s;
			string_init(&s);
			nerr_error_string(e, &s);
			snprintf(err, errlen, "configuration: %s: %s", files[i], s.buf ? s.buf : "unreadable");
			string_clear(&s);
			nerr_ignore(&e);
			c.bad = 1;
		}
	}
	if (!c.bad)
		read_all(&c, cfg);
	hdf_destroy(&c.hdf);
	return c.bad ? -1 : 0;
}
