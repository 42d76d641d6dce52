/*
 * csv.h - CSV for Excel: UTF-8 with a byte-order mark so Chinese shows,
 * every field quoted, and cells that a spreadsheet would run as a formula
 * (= + - @ at the start) defused with a leading apostrophe.
 */
#ifndef LIAISON_CSV_H
#define LIAISON_CSV_H

#include <ClearSilver.h>

struct req;

/* csv_begin - start the buffer with the byte-order mark. */
NEOERR *csv_begin(STRING *out);

/* csv_field - append one quoted field (a separator first unless first). */
NEOERR *csv_field(STRING *out, const char *value, int first);

/* csv_row_end - end the current row. */
NEOERR *csv_row_end(STRING *out);

/* csv_send - send out as an attachment named filename. */
void csv_send(struct req *r, const char *filename, STRING *out);

#endif
