<?cs # A supplies request (OS-01): purpose, its report, the item rows and what each got; the assistant's way to
       the hand-out once the request was sent with a consolidated report. ?>
<?cs include:"request/view_head.cs" ?>
    <dt><?cs var:L.Supplies.Purpose ?></dt><dd><?cs var:Vals.purpose ?></dd>
    <?cs if:Vals.report ?><dt><?cs var:L.Supplies.Report ?></dt><dd id="report"><?cs if:User.Role.assistant ?><a href="/supplies/reports/<?cs var:Vals.report_id ?>"><?cs var:Vals.report ?></a><?cs else ?><?cs var:Vals.report ?><?cs /if ?>
      <?cs if:Vals.report_sent ?>（<?cs var:L.Supplies.ReportSentAt ?> <?cs var:Vals.report_sent ?>）<?cs else ?>（<?cs var:L.Supplies.ReportNotSent ?>）<?cs /if ?></dd><?cs /if ?>
    <?cs if:Vals.handed_at ?><dt><?cs var:L.Supplies.HandedAt ?></dt><dd><?cs var:Vals.handed_at ?></dd><?cs /if ?>
    <?cs if:Vals.note ?><dt><?cs var:L.Supplies.Note ?></dt><dd><?cs var:Vals.note ?></dd><?cs /if ?>
  </dl>
  <h2><?cs var:L.Supplies.Items ?></h2>
  <div class="table-wrap"><table class="cards items" id="items">
    <thead><tr><th>#</th><th><?cs var:L.Supplies.Name ?></th><th><?cs var:L.Supplies.Spec ?></th><th><?cs var:L.Supplies.Qty ?></th><th><?cs var:L.Supplies.HandedQty ?></th></tr></thead>
    <tbody>
    <?cs loop:i = 1, 8, 1 ?><?cs if:Vals["it" + i + "_qty"] ?>
      <tr><td data-label="#"><?cs var:i ?></td><td data-label="<?cs var:L.Supplies.Name ?>" class="lines"><?cs var:Vals["it" + i + "_name"] ?></td><td data-label="<?cs var:L.Supplies.Spec ?>"><?cs var:Vals["it" + i + "_spec"] ?></td><td data-label="<?cs var:L.Supplies.Qty ?>" class="num"><?cs var:Vals["it" + i + "_qty"] ?></td><td data-label="<?cs var:L.Supplies.HandedQty ?>"><?cs var:Vals["it" + i + "_out"] ?></td></tr>
    <?cs /if ?><?cs /loop ?>
    </tbody>
  </table></div>
<?cs if:Can.Task ?>
  <div class="task" id="handout">
    <h2><?cs var:L.Supplies.Handout ?></h2>
    <?cs if:Vals.report_sent ?>
    <p><a class="button primary" href="/supplies/<?cs var:Req.Id ?>/handout"><?cs var:L.Supplies.Handout ?></a></p>
    <?cs else ?>
    <p class="hint"><?cs var:L.Supplies.HandoutWait ?></p>
    <p><a class="button" href="/supplies/reports"><?cs var:L.Supplies.ToReports ?></a></p>
    <?cs /if ?>
  </div>
<?cs /if ?>
  <dl class="facts">
<?cs include:"request/view_foot.cs" ?>
