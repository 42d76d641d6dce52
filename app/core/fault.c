/* fault.c - one armed fault point, read from a file in test builds. */
#include "core/fault.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char fault_file[520];

void fault_set_beside(const char *clock_file)
{
	if (clock_file && *clock_file)
		snprintf(fault_file, sizeof fault_file, "%s.fault", clock_file);
	else
		fault_file[0] = '\0';
}

/* 1 when the fault file names point. */
static int armed(const char *point)
{
#ifdef LIAISON_TEST
	char name[64] = "";
	FILE *f = fault_file[0] ? fopen(fault_file, "r") : NULL;
	if (!f)
		return 0;
	if (!fgets(name, sizeof name, f))
		name[0] = '\0';
	fclose(f);
	name[strcspn(name, "\r\n")] = '\0';
	return !strcmp(name, point);
#else
	(void)point;
	return 0;
#endif
}

int fault_hit(const char *point)
{
	/* whoever removes the file is the one that fails: once, even with
	 * several workers passing the point at the same moment */
	return armed(point) && unlink(fault_file) == 0;
}

int fault_on(const char *point) { return armed(point); }
