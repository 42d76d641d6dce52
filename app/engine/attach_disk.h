/*
 * attach_disk.h - attachment files on disk, kept only when their
 * transaction commits.  A file is written under a temporary name in its
 * own folder, synced, renamed into place and the folder synced, so a
 * crash leaves either the whole file or none under its name.  Files
 * written inside a transaction that then rolls back are removed again
 * (db_tx_after), so a failed upload leaves neither a row nor a file.
 */
#ifndef LIAISON_ATTACH_DISK_H
#define LIAISON_ATTACH_DISK_H

#include <stddef.h>

/* attach_disk_put - inside a transaction: write len bytes of data as
 * dir/name.  Returns 0, or the errno of the step that failed (nothing is
 * left behind; the log names the errno). */
int attach_disk_put(const char *dir, const char *name, const char *data, size_t len);

/* attach_disk_full - whether err means the storage cannot take files
 * (full, over quota, failing), which the user is told as such. */
int attach_disk_full(int err);

/* attach_disk_get - the whole file dir/name into *data (malloc'd) and
 * *len.  Returns 0, or the errno (ENOENT: the file is missing). */
int attach_disk_get(const char *dir, const char *name, char **data, size_t *len);

#endif
