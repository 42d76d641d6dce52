/*
 * transport.h - handing one built message over for delivery.
 *
 * With no command configured the message is written as an .eml file under
 * DataDir/mail/, so a demo needs no mail server.  Otherwise the command
 * (sendmail-compatible, e.g. "/usr/sbin/sendmail -t -i") runs through
 * /bin/sh -c with the message on its standard input, LF line ends as a
 * local sendmail expects, and the recipient in the environment rather than
 * on the command line: LIAISON_MAIL_TO, LIAISON_MAIL_ID (outbox id),
 * LIAISON_MAIL_ATTEMPT.  Exit status 0 means accepted.
 */
#ifndef LIAISON_TRANSPORT_H
#define LIAISON_TRANSPORT_H

#include <stddef.h>

#define TRANSPORT_TIMEOUT 120      /* seconds a command may take before it is killed */

struct mail_buf;

struct transport_job {
	long long id;
	int attempt;
	const char *to_addr;
	const struct mail_buf *msg;   /* CRLF line ends */
};

/*
 * transport_send - deliver job through command (NULL or "": files into
 * mail_dir).  Returns 0, or -1 with a one-line reason in err.
 */
int transport_send(const char *command, const char *mail_dir, const struct transport_job *job, char *err,
    size_t errlen);

#endif
