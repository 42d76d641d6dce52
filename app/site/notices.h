/*
 * notices.h - in-app notifications: the list, and opening one (a POST:
 * marking it read changes state) which leads to its request.
 */
#ifndef LIAISON_NOTICES_H
#define LIAISON_NOTICES_H

struct req;
struct fieldset;

int notices_page(struct req *r);
int notice_open(struct req *r);
int notices_read_all(struct req *r);

extern const struct fieldset notices_fields;

#endif
