/*
 * reconcile.h - a mailer starting again after a crash: the messages that
 * a dead mailer on this host had claimed are due at once, rather than
 * after the claim timeout.  Whether such a message already went is
 * settled by deliver.c at its next claim (delivery_began, and for .eml
 * files the file under its Message-ID).
 */
#ifndef LIAISON_RECONCILE_H
#define LIAISON_RECONCILE_H

struct deliverer;

/* reconcile_dead_claims - make due at now every 'sending' row claimed by a
 * process of this host that no longer runs.  Returns how many, or a
 * negative db rc. */
int reconcile_dead_claims(const struct deliverer *d, long long now);

#endif
