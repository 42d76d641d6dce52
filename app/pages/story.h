/*
 * story.h - what the request page tells below its head: the route with its
 * people, the timeline, whom the request is copied to and its files, all
 * from one statement (ST_REQ_STORY).
 */
#ifndef LIAISON_PAGES_STORY_H
#define LIAISON_PAGES_STORY_H

struct req;
struct request_head;

/* The viewer's pending place in the current round, noticed while the
 * route is read: it decides which buttons the page shows. */
struct my_place {
	long long asg_id;         /* 0: none */
	char kind[16];
	int add_signer;
	char step[64];
};

/* story_to_hdf - Steps, Assignees, Timeline, Cc and Attachments of request
 * h; who's pending place goes to *me (me may be NULL); *two: a two-person
 * step is on the route (so there are signatures to show).  Names come from
 * view/names.h, which the caller has made ready.  0 or a db rc. */
int story_to_hdf(struct req *r, const struct request_head *h, long long who, struct my_place *me, int *two);

#endif
