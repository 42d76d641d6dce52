/*
 * log.h - one line per event to stderr.
 *
 * Lines carry a UTC timestamp and the pid so that the master's and every
 * worker's lines can be told apart in one file.  Callers must never log a
 * session token, a password or an approval-link token.
 */
#ifndef LIAISON_LOG_H
#define LIAISON_LOG_H

/* log_info - an ordinary event (start-up steps, requests). */
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* log_err - something failed; the line says what and where. */
void log_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* log_set_name - the process's role shown in every line ("master", "worker"). */
void log_set_name(const char *name);

#endif
