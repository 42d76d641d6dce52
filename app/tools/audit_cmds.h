/*
 * audit_cmds.h - liaison-ctl's audit commands: verify the chain against its
 * keys and every anchor, take an anchor now, rotate the chain's key.
 * Each returns the process's exit status and prints what it found.
 */
#ifndef LIAISON_TOOLS_AUDIT_CMDS_H
#define LIAISON_TOOLS_AUDIT_CMDS_H

#include "core/config.h"

int audit_verify_cmd(const struct config *cfg);
int audit_anchor_cmd(const struct config *cfg);
int audit_rotate_cmd(const struct config *cfg);

#endif
