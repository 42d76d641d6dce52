<?cs # Each person's lates and absences per week: small SVG bar charts drawn from the numbers of report_charts.c, one scale for all. ?>
<link rel="stylesheet" href="/static/calendar.css">
<section class="card" id="charts">
  <h2><?cs var:L.Charts.Title ?></h2>
  <p class="hint chart-key"><span class="late">■</span> <?cs var:L.Charts.Lates ?> · <span class="absent">■</span> <?cs var:L.Charts.Absences ?> · <?cs var:L.Charts.Scale ?></p>
  <div class="charts">
  <?cs each:p = Rows ?>
    <figure class="chart" id="chart-<?cs var:p.Login ?>">
      <figcaption><?cs var:p.Name ?></figcaption>
      <svg viewBox="0 0 <?cs var:ChartSize.W ?> <?cs var:ChartSize.H ?>" role="img" aria-label="<?cs var:p.Name ?>: <?cs var:L.Charts.Lates ?> <?cs var:p.Lates ?>, <?cs var:L.Charts.Absences ?> <?cs var:p.Absent ?>">
        <line x1="0" y1="<?cs var:ChartSize.Base ?>" x2="<?cs var:ChartSize.W ?>" y2="<?cs var:ChartSize.Base ?>" stroke="#9aa5b1" stroke-width="1"/>
        <?cs each:w = p.Chart ?>
        <g>
          <title><?cs var:L.Charts.Week ?><?cs var:w.Week ?><?cs var:L.Charts.WeekAfter ?> (<?cs var:w.From ?>–<?cs var:w.To ?>): <?cs var:L.Charts.Lates ?> <?cs var:w.Lates ?>, <?cs var:L.Charts.Absences ?> <?cs var:w.Absent ?></title>
          <?cs if:w.Late.H > 0 ?><rect class="late" x="<?cs var:w.Late.X ?>" y="<?cs var:w.Late.Y ?>" width="<?cs var:w.Late.W ?>" height="<?cs var:w.Late.H ?>" fill="#9a5b00"/><?cs /if ?>
          <?cs if:w.Absent.H > 0 ?><rect class="absent" x="<?cs var:w.Absent.X ?>" y="<?cs var:w.Absent.Y ?>" width="<?cs var:w.Absent.W ?>" height="<?cs var:w.Absent.H ?>" fill="#b3261e"/><?cs /if ?>
          <text x="<?cs var:w.LabelX ?>" y="<?cs var:ChartSize.LabelY ?>" text-anchor="middle" font-size="9" fill="#3e4c59"><?cs var:w.From ?></text>
        </g>
        <?cs /each ?>
      </svg>
    </figure>
  <?cs /each ?>
  </div>
</section>
