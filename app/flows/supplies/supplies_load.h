/* supplies_load.h - a supplies request's values as the request page and
 * its printed sheet show them (the engine's load). */
#ifndef LIAISON_SUPPLIES_LOAD_H
#define LIAISON_SUPPLIES_LOAD_H

struct flow_ctx;

/* Values besides the four of each row: purpose, report, report_id,
 * report_sent, handed_at, note. */
#define SUP_LOAD_EXTRA 6

/* sup_load - purpose, and per row N (1..n) itN_name, itN_spec,
 * itN_qty ("10 支") and itN_out (what was handed out, with asset tags);
 * the report that holds it ("HZ-0007", its id, when it was sent) and the
 * hand-out's time and note; what is empty is left out.  (The kind is
 * the request's, shown with its title.)  A request filed before item rows with no row
 * shows its old list as one row. */
int sup_load(struct flow_ctx *c);

#endif
