/* report_charts.h - the monthly report's per-person weekly charts of lates
 * and absences (LV-07, LV-10), as numbers for the template to draw. */
#ifndef LIAISON_REPORT_CHARTS_H
#define LIAISON_REPORT_CHARTS_H

#include "attendance/report.h"

struct req;

/* report_charts_hdf - Rows.<i>.Chart.<week>.{Late,Absent}.{X,Y,W,H},
 * LabelX, Week, Lates, Absent (days), From, To; ChartSize.*; 0. */
int report_charts_hdf(struct req *r, const struct report *rep);

#endif
