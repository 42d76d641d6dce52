/* csv.c - building and sending CSV downloads. */
#include "view/csv.h"

#include <stdio.h>
#include <string.h>

#include "http/req.h"
#include "http/resp.h"

NEOERR *csv_begin(STRING *out) { return nerr_pass(string_append(out, "\xEF\xBB\xBF")); }

NEOERR *csv_field(STRING *out, const char *value, int first)
{
	NEOERR *err = first ? STATUS_OK : string_append_char(out, ',');
	const char *v = value ? value : "";
	if (!err)
		err = string_append_char(out, '"');
	if (!err && *v && strchr("=+-@\t\r", *v))
		err = string_append_char(out, '\'');
	for (; !err && *v; v++)
		err = *v == '"' ? string_append(out, "\"\"") : string_append_char(out, *v);
	if (!err)
		err = string_append_char(out, '"');
	return nerr_pass(err);
}

NEOERR *csv_row_end(STRING *out) { return nerr_pass(string_append(out, "\r\n")); }

void csv_send(struct req *r, const char *filename, STRING *out)
{
	char disp[160];
	snprintf(disp, sizeof disp, "attachment; filename=\"%s\"", filename);
	req_header_add(r, "Content-Disposition", disp);
	resp_send(r, 200, "text/csv; charset=utf-8", out->buf ? out->buf : "", (size_t)out->len);
}
