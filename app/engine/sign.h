/*
 * sign.h - SP-04's signatures: each one bound to the exact version it
 * signed, as the SHA-256 of the request's content at that moment.
 */
#ifndef LIAISON_ENGINE_SIGN_H
#define LIAISON_ENGINE_SIGN_H

struct locked;

/* sign_content_hash - the SHA-256 (hex) of the request's content: the
 * values its type names as content (else every value it loads), each as
 * name, length and text, then each attachment's SHA-256 in upload order. */
int sign_content_hash(const struct locked *q, char out[65]);

/* sign_record - inside the decision's transaction: the actor's signature
 * on step, bound to the content as it is now. */
int sign_record(const struct locked *q, long long step);

#endif
