<?cs # Receptions per month and class, estimate against actual (RC-07). ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Reception.ReportTitle ?></h1>
  <div class="table-wrap"><table id="report">
    <thead><tr><th><?cs var:L.Reception.Month ?></th><th><?cs var:L.Reception.Class ?></th><th><?cs var:L.Reception.Count ?></th><th><?cs var:L.Reception.Estimate ?></th><th><?cs var:L.Reception.Actual ?></th><th><?cs var:L.Reception.Diff ?></th></tr></thead>
    <tbody><?cs each:x = Rows ?><tr><td><?cs var:x.Month ?></td><td><?cs var:L.Reception.ClassName[x.Class] ?></td><td class="num"><?cs var:x.Count ?></td><td class="num"><?cs var:x.Estimate ?></td><td class="num"><?cs var:x.Actual ?></td><td class="num"><?cs var:x.Diff ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <p class="no-print"><a href="/reception/report/csv"><?cs var:L.Reception.Csv ?></a></p>
</section>
<?cs include:"layout/foot.cs" ?>
