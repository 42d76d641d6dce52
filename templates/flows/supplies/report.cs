<?cs # One consolidated report (汇总上报单): its facts, totals per item and rows, the way to print and export
       it, and, while a draft, marking it sent or giving it up - each confirmed. ?>
<?cs include:"layout/head.cs" ?>
<?cs include:"flows/supplies/report_table.cs" ?>
<section class="card register">
  <h1 class="paper-title"><?cs var:L.Supplies.ReportTitle ?> <span class="number" id="report-no"><?cs var:Report.No ?></span></h1>
  <p class="state state-<?cs if:Report.State == "sent" ?>approved<?cs else ?>in_approval<?cs /if ?>" id="report-state"><?cs var:Report.StateName ?></p>
  <dl class="facts">
    <dt><?cs var:L.Supplies.Creator ?></dt><dd><?cs var:Report.Creator ?></dd>
    <dt><?cs var:L.Supplies.Created ?></dt><dd><?cs var:Report.Created ?></dd>
    <dt><?cs var:L.Supplies.Requests ?></dt><dd><?cs var:Report.Requests ?></dd>
    <?cs if:Report.State == "sent" ?>
    <dt><?cs var:L.Supplies.Sent ?></dt><dd><?cs var:Report.Sent ?> · <?cs var:Report.Sender ?></dd>
    <dt><?cs var:L.Supplies.SentTo ?></dt><dd id="sent-to"><?cs var:Report.SentTo ?></dd>
    <dt><?cs var:L.Supplies.HandedQty ?></dt><dd><?cs var:Report.Handed ?>/<?cs var:Report.Requests ?></dd>
    <?cs /if ?>
  </dl>
  <p class="no-print"><a class="button" href="/supplies/reports/<?cs var:Report.Id ?>/print"><?cs var:L.Supplies.Print ?></a>
    <a class="button" href="/supplies/reports/<?cs var:Report.Id ?>/csv"><?cs var:L.Supplies.Csv ?></a>
    <a class="button" href="/supplies/reports"><?cs var:L.Supplies.ReportsTitle ?></a></p>
  <?cs call:report_tables(1) ?>
</section>
<?cs if:Report.State == "draft" ?>
<section class="card own">
  <form method="post" action="/supplies/reports/<?cs var:Report.Id ?>/sent" id="mark-sent">
    <h2><?cs var:L.Supplies.MarkSent ?></h2>
    <?cs call:csrf() ?>
    <?cs call:input("sent_to", L.Supplies.SentTo, "text", " maxlength='100' required placeholder='" + L.Supplies.SentToHint + "'") ?>
    <?cs call:checkbox("confirm_sent", L.Supplies.ConfirmSent) ?>
    <button type="submit" class="primary"><?cs var:L.Supplies.MarkSent ?></button>
  </form>
  <form method="post" action="/supplies/reports/<?cs var:Report.Id ?>/dissolve" id="dissolve">
    <h2><?cs var:L.Supplies.Dissolve ?></h2>
    <p class="hint"><?cs var:L.Supplies.DissolveHint ?></p>
    <?cs call:csrf() ?>
    <?cs call:checkbox("confirm_dissolve", L.Supplies.ConfirmDissolve) ?>
    <button type="submit" class="danger"><?cs var:L.Supplies.Dissolve ?></button>
  </form>
</section>
<?cs /if ?>
<?cs include:"layout/foot.cs" ?>
