<?cs # The personal ledger 个人帐目 (EX-04): a year's pre-approvals, holds, claims and payments with the running total paid. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Expense.LedgerTitle ?> · <span id="ledger-person"><?cs var:Person.Name ?></span> · <?cs var:Year ?></h1>
  <?cs if:People.0.Id ?>
  <form method="get" action="/ledger" class="filters">
    <label for="user"><?cs var:L.Expense.Person ?></label>
    <select id="user" name="user"><?cs each:p = People ?><option value="<?cs var:p.Id ?>"<?cs if:p.Id == Person.Id ?> selected<?cs /if ?>><?cs var:p.Name ?> (<?cs var:p.Login ?>)</option><?cs /each ?></select>
    <label for="year"><?cs var:L.Expense.Year ?></label>
    <input id="year" name="year" type="number" min="2000" max="2100" value="<?cs var:Year ?>">
    <button type="submit"><?cs var:L.Expense.Show ?></button>
  </form>
  <?cs /if ?>
  <?cs if:Rows.0.Id ?>
  <div class="table-wrap" tabindex="0" role="region" aria-label="<?cs var:L.Expense.LedgerTitle ?>"><table class="wide" id="ledger">
    <thead><tr><th><?cs var:L.Expense.Number ?></th><th><?cs var:L.Expense.Category ?></th><th><?cs var:L.Expense.Planned ?></th><th><?cs var:L.Expense.Asked ?></th><th><?cs var:L.Expense.HoldLabel ?></th><th><?cs var:L.Expense.ClaimLabel ?></th><th><?cs var:L.Expense.Paid ?></th><th><?cs var:L.Expense.RunningPaid ?></th></tr></thead>
    <tbody><?cs each:l = Rows ?><tr><td><a href="/requests/<?cs var:l.Id ?>"><?cs var:l.Number ?></a> <span class="hint"><?cs var:l.State ?></span></td><td><?cs var:l.Category ?></td><td><?cs var:l.Day ?></td><td class="num"><?cs var:l.Amount ?></td><td><?cs var:l.Hold ?> <?cs var:l.HoldFen ?></td>
      <td><?cs if:l.ClaimId ?><a href="/requests/<?cs var:l.ClaimId ?>"><?cs var:l.Claim ?></a><?cs /if ?></td>
      <td class="num"><?cs if:l.Paid ?><?cs var:l.Paid ?> <span class="hint"><?cs var:l.PaidDay ?> <?cs var:l.Voucher ?></span><?cs /if ?></td><td class="num"><?cs var:l.RunningPaid ?></td></tr><?cs /each ?></tbody>
    <tfoot><tr><th colspan="3"><?cs var:L.Expense.Totals ?></th><td class="num" id="total-asked"><?cs var:Totals.Asked ?></td><td id="total-held"><?cs var:Totals.Held ?></td><td></td><td class="num" id="total-paid"><?cs var:Totals.Paid ?></td><td></td></tr></tfoot>
  </table></div>
  <?cs else ?><p id="ledger-empty"><?cs var:L.Expense.LedgerEmpty ?></p><?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
