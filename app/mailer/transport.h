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
	const char *msgid;            /* its Message-ID, without <>: names the .eml file */
};

/* transport_send's answer when the .eml file under the Message-ID was
 * already there: an earlier claim delivered it; nothing was written. */
#define TRANSPORT_ALREADY 1

/*
 * transport_send - deliver job through command (NULL or "": files into
 * mail_dir, as <Message-ID>.eml, never replacing one).  Returns 0,
 * TRANSPORT_ALREADY, or -1 with a one-line reason in err.
 */
int transport_send(const char *command, const char *mail_dir, const struct transport_job *job, char *err,
    size_t errlen);

/*
 * transport_sent_before - 1 when delivery to files is configured and the
 * file of msgid exists (an earlier claim wrote it, then died before saying
 * so), else 0.  A command cannot be asked what it did: always 0.
 */
int transport_sent_before(const char *command, const char *mail_dir, const char *msgid);

#endif
