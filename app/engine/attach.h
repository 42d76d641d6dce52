/*
 * attach.h - attachments of requests: PDF, JPEG and PNG checked by their
 * content, stored outside the web root under server-made names, each with
 * its SHA-256 recorded (in its row and in the audit), opened only for whom
 * the type allows.  A file changed on disk after upload ("tampered") or
 * gone from it ("missing") is refused when opened, and recorded in the
 * audit and reported to admins once per file and day.
 */
#ifndef LIAISON_ATTACH_H
#define LIAISON_ATTACH_H

#include <stddef.h>

#include "core/actor.h"

struct upload;
struct dbres;

enum attach_kind { ATTACH_PDF, ATTACH_JPEG, ATTACH_PNG, ATTACH_UNKNOWN };

/* attach_sniff - the kind by content (magic bytes), never by name. */
enum attach_kind attach_sniff(const unsigned char *data, size_t len);

/* attach_set_dir - where files live (DataDir/attachments); set at start-up. */
void attach_set_dir(const char *data_dir);

/* attach_store - inside a transaction: keep the uploaded file for
 * request_id under its label, sensitive = 1 for medical files (every view
 * audited).  Returns DB_OK, O_REFUSED with *error_key set (wrong type, too
 * large, empty), O_NO_SPACE when the disk is full or failing (the caller
 * rolls back; the file is removed with it), or a db rc. */
int attach_store(const struct actor *a, long long request_id, const struct upload *u, int sensitive,
    const char **error_key);

/* attach_count - how many attachments with label the request has. */
int attach_count(long long request_id, const char *label, long long *n);


/* An attachment opened for sending. */
struct opened {
	long long id;
	char kind[8];              /* "pdf", "jpeg", "png" */
	const char *mime;
	char *data;                /* the whole file (attach_close frees it) */
	size_t len;
};

/* attach_open - attachment id for the actor: 0 with o filled, O_NOT_FOUND
 * (no such row, or its file is missing), O_FORBIDDEN, O_CONFLICT when the
 * file no longer matches its SHA-256, or a db rc.  A missing or tampered
 * file is recorded and reported to every admin the first time each day.
 * Views of medical files are recorded in the audit. */
int attach_open(const struct actor *a, long long id, struct opened *o);

/* attach_close - free what attach_open read. */
void attach_close(struct opened *o);

#endif
