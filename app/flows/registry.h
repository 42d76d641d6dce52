/*
 * registry.h - the request types of this program, registered with the
 * engine and with the pages once at start-up.
 */
#ifndef LIAISON_FLOWS_REGISTRY_H
#define LIAISON_FLOWS_REGISTRY_H

/* flows_register - tell the engine and the pages every type (idempotent). */
void flows_register(void);

#endif
