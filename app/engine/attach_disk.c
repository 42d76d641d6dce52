/* attach_disk.c - writing attachment files durably, and only for good. */
#include "engine/attach_disk.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/fault.h"
#include "core/log.h"
#include "db/db.h"

#define NAME_MAX_LEN 1200

/* The files this process wrote in the transaction now open. */
static char (*written)[NAME_MAX_LEN];
static size_t nwritten, capwritten;

/* A rolled-back transaction takes its files with it.  When COMMIT's answer
 * was lost the rows may exist: a file without a row is the lesser harm. */
static void after_tx(int outcome)
{
	for (size_t i = 0; outcome == DB_TX_ROLLED_BACK && i < nwritten; i++)
		if (unlink(written[i]) && errno != ENOENT)
			log_err("attach: cannot remove %s of a rolled-back upload: %s", written[i], strerror(errno));
	nwritten = 0;
}

static int remember(const char *path)
{
	if (nwritten == capwritten) {
		size_t cap = capwritten ? capwritten * 2 : 8;
		void *p = realloc(written, cap * sizeof *written);
		if (!p)
			return ENOMEM;
		written = p;
		capwritten = cap;
	}
	snprintf(written[nwritten++], NAME_MAX_LEN, "%s", path);
	return 0;
}

static int write_all(int fd, const char *data, size_t len)
{
	size_t done = 0;
	while (done < len) {
		/* test builds: the disk fails here when a test arms it */
		if (fault_hit("attach_write_eio"))
			return EIO;
		ssize_t w = write(fd, data + done, len - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return errno;
		if (w == 0)
			return EIO;
		done += (size_t)w;
	}
	return 0;
}

static int sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return errno;
	int err = fsync(fd) ? errno : 0;
	close(fd);
	return err;
}

/* tmp written whole and synced; 0 or the errno, tmp removed on failure. */
static int write_tmp(const char *tmp, const char *data, size_t len)
{
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return errno;
	int err = write_all(fd, data, len);
	if (!err && fsync(fd))
		err = errno;
	if (close(fd) && !err)
		err = errno;
	if (err)
		unlink(tmp);
	return err;
}

static int put(const char *dir, const char *name, const char *data, size_t len, char *path)
{
	char tmp[NAME_MAX_LEN];
	snprintf(path, NAME_MAX_LEN, "%s/%s", dir, name);
	snprintf(tmp, sizeof tmp, "%s/.%s.tmp", dir, name);
	int err = write_tmp(tmp, data, len);
	if (err)
		return err;
	if (rename(tmp, path)) {
		err = errno;
		unlink(tmp);
		return err;
	}
	if ((err = remember(path)) != 0 || (err = sync_dir(dir)) != 0)
		unlink(path);
	return err;
}

int attach_disk_put(const char *dir, const char *name, const char *data, size_t len)
{
	char path[NAME_MAX_LEN];
	db_tx_after(after_tx);
	int err = put(dir, name, data, len, path);
	if (err)
		log_err("attach: cannot store %s (%zu bytes): errno %s: %s", path, len, strerrorname_np(err),
		    strerror(err));
	return err;
}

int attach_disk_full(int err) { return err == ENOSPC || err == EDQUOT || err == EIO || err == EROFS; }

int attach_disk_get(const char *dir, const char *name, char **data, size_t *len)
{
	char path[NAME_MAX_LEN];
	struct stat st;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	*data = NULL;
	*len = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno;
	int err = fstat(fd, &st) ? errno : 0;
	char *buf = err ? NULL : malloc((size_t)st.st_size + 1);
	if (!err && !buf)
		err = ENOMEM;
	size_t got = 0;
	while (!err && got < (size_t)st.st_size) {
		ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			err = r < 0 ? errno : EIO;
		else
			got += (size_t)r;
	}
	close(fd);
	if (err) {
		free(buf);
		return err;
	}
	*data = buf;
	*len = got;
	return 0;
}
