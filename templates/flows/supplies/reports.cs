<?cs # The assistant's desk (OS-01 统一上报): approved requests to gather into a consolidated report, and the
       reports so far. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Supplies.ReportsTitle ?></h1>
  <h2><?cs var:L.Supplies.Waiting ?></h2>
  <?cs if:Waiting.0.Id ?>
  <p class="hint"><?cs var:L.Supplies.WaitingHint ?></p>
  <form method="post" action="/supplies/reports" id="gather">
    <?cs call:csrf() ?>
    <div class="table-wrap"><table class="cards">
      <thead><tr><th><?cs var:L.Supplies.Pick ?></th><th><?cs var:L.Request.Number ?></th><th><?cs var:L.Supplies.Kind.Label ?></th><th><?cs var:L.Request.Subject ?></th><th><?cs var:L.Request.Requester ?></th><th><?cs var:L.Supplies.Dept ?></th><th><?cs var:L.Supplies.Purpose ?></th><th><?cs var:L.Supplies.ApprovedAt ?></th></tr></thead>
      <tbody>
      <?cs each:w = Waiting ?>
        <tr><td data-label="<?cs var:L.Supplies.Pick ?>"><input type="checkbox" name="pick" value="<?cs var:w.Id ?>:<?cs var:w.Version ?>" checked aria-label="<?cs var:w.Number ?>"></td>
          <td data-label="<?cs var:L.Request.Number ?>"><a href="/requests/<?cs var:w.Id ?>"><?cs var:w.Number ?></a></td><td data-label="<?cs var:L.Supplies.Kind.Label ?>"><?cs var:w.Kind ?></td><td data-label="<?cs var:L.Request.Subject ?>"><?cs var:w.Title ?></td>
          <td data-label="<?cs var:L.Request.Requester ?>"><?cs var:w.Requester ?></td><td data-label="<?cs var:L.Supplies.Dept ?>"><?cs var:w.Dept ?></td><td data-label="<?cs var:L.Supplies.Purpose ?>"><?cs var:w.Purpose ?></td><td data-label="<?cs var:L.Supplies.ApprovedAt ?>"><?cs var:w.At ?></td></tr>
      <?cs /each ?>
      </tbody>
    </table></div>
    <button type="submit" class="primary"><?cs var:L.Supplies.Gather ?></button>
  </form>
  <?cs else ?>
  <p class="hint" id="none-waiting"><?cs var:L.Supplies.NoneWaiting ?></p>
  <?cs /if ?>
</section>
<section class="card">
  <h2><?cs var:L.Supplies.ReportList ?></h2>
  <?cs if:Reports.0.Id ?>
  <div class="table-wrap"><table class="cards" id="reports">
    <thead><tr><th><?cs var:L.Supplies.No ?></th><th><?cs var:L.Supplies.State ?></th><th><?cs var:L.Supplies.Creator ?></th><th><?cs var:L.Supplies.Created ?></th><th><?cs var:L.Supplies.Requests ?></th><th><?cs var:L.Supplies.Sent ?></th><th><?cs var:L.Supplies.SentTo ?></th><th><?cs var:L.Supplies.HandedQty ?></th></tr></thead>
    <tbody>
    <?cs each:p = Reports ?>
      <tr><td data-label="<?cs var:L.Supplies.No ?>"><a href="/supplies/reports/<?cs var:p.Id ?>"><?cs var:p.No ?></a></td><td data-label="<?cs var:L.Supplies.State ?>"><?cs var:p.StateName ?></td><td data-label="<?cs var:L.Supplies.Creator ?>"><?cs var:p.Creator ?></td><td data-label="<?cs var:L.Supplies.Created ?>"><?cs var:p.Created ?></td>
        <td data-label="<?cs var:L.Supplies.Requests ?>" class="num"><?cs var:p.Requests ?></td><td data-label="<?cs var:L.Supplies.Sent ?>"><?cs var:p.Sent ?></td><td data-label="<?cs var:L.Supplies.SentTo ?>"><?cs var:p.SentTo ?></td><td data-label="<?cs var:L.Supplies.HandedQty ?>" class="num"><?cs var:p.Handed ?>/<?cs var:p.Requests ?></td></tr>
    <?cs /each ?>
    </tbody>
  </table></div>
  <?cs else ?>
  <p class="hint"><?cs var:L.Supplies.NoReports ?></p>
  <?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
