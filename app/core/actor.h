/*
 * actor.h - who does something, as the layers below the pages see it: an
 * id, the roles, where from and through what; never the HTTP request.
 */
#ifndef LIAISON_ACTOR_H
#define LIAISON_ACTOR_H

struct actor {
	long long id;          /* 0: the system (scheduler, tools) */
	unsigned roles;
	long long act_for;     /* acting as this person's deputy, through their approval link (0: none) */
	const char *ip;        /* "" for the system */
	const char *via;       /* "page", "link" or "system" */
	const char *lang;      /* the actor's language, for what is shown back to them */
};

#endif
