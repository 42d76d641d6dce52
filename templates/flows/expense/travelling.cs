<?cs # EX-07: who is travelling now, with the days they did not check in. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Expense.TravellingTitle ?></h1>
  <?cs if:Trips.0.Id ?>
  <div class="table-wrap" tabindex="0" role="region" aria-label="<?cs var:L.Expense.TravellingTitle ?>"><table class="wide" id="travelling">
    <thead><tr><th><?cs var:L.Expense.Number ?></th><th><?cs var:L.Expense.Person ?></th><th><?cs var:L.Expense.Dept ?></th><th><?cs var:L.Expense.Destination ?></th><th><?cs var:L.Expense.Depart ?></th><th><?cs var:L.Expense.Return ?></th><th><?cs var:L.Expense.Missed ?></th></tr></thead>
    <tbody><?cs each:t = Trips ?><tr><td><a href="/requests/<?cs var:t.Id ?>"><?cs var:t.Number ?></a></td><td><?cs var:t.Name ?></td><td><?cs var:t.Dept ?></td><td><?cs var:t.Destination ?></td><td><?cs var:t.Depart ?></td><td><?cs var:t.Return ?></td><td<?cs if:t.Missed != "0" ?> class="warn"<?cs /if ?>><?cs var:t.Missed ?><?cs if:t.MissedDays ?> (<?cs var:t.MissedDays ?>)<?cs /if ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <?cs else ?><p id="nobody-travelling"><?cs var:L.Expense.NobodyTravelling ?></p><?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
