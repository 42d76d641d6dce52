/*
 * attachments.h - GET /attachments/:id: the file, to whom the type allows,
 * with Content-Disposition: attachment and a name the server made.
 */
#ifndef LIAISON_PAGES_ATTACHMENTS_H
#define LIAISON_PAGES_ATTACHMENTS_H

struct req;

int page_attachment(struct req *r);

#endif
