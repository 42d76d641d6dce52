/*
 * worker.h - one pre-forked, single-threaded worker: accepts FastCGI
 * requests on the shared socket until told to stop.  ClearSilver parse
 * trees and the database connection belong to this process alone.
 */
#ifndef LIAISON_WORKER_H
#define LIAISON_WORKER_H

struct config;

/* worker_main - serve until SIGTERM; SIGHUP reloads configuration and
 * templates before the next request.  Never returns. */
void worker_main(int listen_fd, struct config *cfg, const char *const *cfg_files, int ncfg);

#endif
