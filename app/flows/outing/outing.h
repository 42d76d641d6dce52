/*
 * outing.h - 外出登记 (LV-11): the type, and its pages beyond the shared
 * request pages: who is out now, the printable register (人员外出登记表)
 * of a month, and coming back.
 */
#ifndef LIAISON_FLOW_OUTING_H
#define LIAISON_FLOW_OUTING_H

struct req;
struct flow_page;
struct route_table;

extern const struct flow_page outing_type;
extern const struct route_table outing_table;

/* GET /outings/now - who is out now. */
int outing_now_page(struct req *r);
/* GET /outings/register - the printable register of a month. */
int outing_register_page(struct req *r);
/* POST /outing/:id/back - the person is back. */
int outing_back_submit(struct req *r);

#endif
