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

int fault_hit(const char *point)
{
#ifdef LIAISON_TEST
	char armed[64] = "";
	FILE *f = fault_file[0] ? fopen(fault_file, "r") : NULL;
	if (!f)
		return 0;
	if (!fgets(armed, sizeof armed, f))
		armed[0] = '\0';
	fclose(f);
	armed[strcspn(armed, "\r\n")] = '\0';
	/* whoever removes the file is the one that fails: once, even with
	 * several workers passing the point at the same moment */
	return !strcmp(armed, point) && unlink(fault_file) == 0;
#else
	(void)point;
	return 0;
#endif
}
