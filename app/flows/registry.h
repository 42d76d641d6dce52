/*
 * registry.h - the request types of this program, registered with the
 * engine and with the pages once at start-up.
 */
#ifndef LIAISON_FLOWS_REGISTRY_H
#define LIAISON_FLOWS_REGISTRY_H

/* flows_register - tell the engine and the pages every type (idempotent). */
void flows_register(void);

/* flows_demo - every type's demo data (flow_page.demo), inside the caller's
 * transaction; 0 or a db rc. */
int flows_demo(long long now);

#endif
