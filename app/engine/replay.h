/*
 * replay.h - one-time form keys of decisions.  A decision form carries a
 * fresh key; engine_decide stores it (hashed) in the decision's own
 * transaction.  The same form sent again - a second click, or a retry
 * after the worker or the database died just after COMMIT - finds the key
 * and is answered with what the first one did, not with a conflict that
 * reads like a failure.
 */
#ifndef LIAISON_REPLAY_H
#define LIAISON_REPLAY_H

#define FORM_KEY_HEX 64

struct replayed {
	long long request_id;
	char action[17];          /* decision_name() of what was done */
};

/* replay_find - whether key already decided something for user; what it
 * did goes to out.  Returns 1 when it did, 0 when not, a db rc (< 0). */
int replay_find(const char *key, long long user_id, struct replayed *out);

/* replay_remember - store key as spent on action on request_id by user.
 * Inside the decision's transaction; DB_DUP when it was spent already. */
int replay_remember(const char *key, long long user_id, long long request_id, const char *action, long long now);

/* replay_purge - forget keys older than before (a week is plenty). */
int replay_purge(long long before);

#endif
