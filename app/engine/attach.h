/*
 * attach.h - attachments of requests: PDF, JPEG and PNG checked by their
 * content, stored outside the web root under server-made names, each with
 * its SHA-256 recorded (in its row and in the audit), served only to whom
 * the type allows, with Content-Disposition: attachment.  A file changed
 * on disk after upload is refused when served and reported to admins.
 */
#ifndef LIAISON_ATTACH_H
#define LIAISON_ATTACH_H

#include <stddef.h>

struct req;
struct param;

enum attach_kind { ATTACH_PDF, ATTACH_JPEG, ATTACH_PNG, ATTACH_UNKNOWN };

/* attach_sniff - the kind by content (magic bytes), never by name. */
enum attach_kind attach_sniff(const unsigned char *data, size_t len);

/* attach_save - inside a transaction: store the uploaded file p for
 * request_id under label (e.g. "certificate"), sensitive = 1 for medical
 * files (every view audited).  Returns DB_OK, ATTACH_REFUSED with
 * *error_key set (wrong type, too large), or a db rc. */
#define ATTACH_REFUSED 101
int attach_save(struct req *r, long long request_id, const char *label, int sensitive,
    const struct param *p, const char **error_key);

/* attach_list_hdf - the request's attachments into r->hdf at name.N.* */
int attach_list_hdf(struct req *r, long long request_id, const char *name);

/* attach_count - how many attachments with label the request has. */
int attach_count(long long request_id, const char *label, long long *n);

/* page_attachment - GET /attachments/:id (the handler). */
int page_attachment(struct req *r);

#endif
