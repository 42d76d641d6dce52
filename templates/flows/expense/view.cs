<?cs # An expense pre-approval: its fields by form, the amount and its hold on the budget; its owner claims it from here once approved (EX-03). ?>
<?cs include:"request/view_head.cs" ?>
    <?cs if:Vals.form == "travel" ?>
    <dt><?cs var:L.Expense.Destination ?></dt><dd><?cs var:Vals.destination ?></dd>
    <dt><?cs var:L.Expense.Depart ?></dt><dd><?cs var:Vals.depart ?> ~ <?cs var:Vals.return_day ?></dd>
    <dt><?cs var:L.Expense.Transport ?></dt><dd><?cs var:Vals.transport ?></dd>
    <?cs if:Vals.companions ?><dt><?cs var:L.Expense.Companions ?></dt><dd><?cs var:Vals.companions ?></dd><?cs /if ?>
    <?cs if:Vals.missed && Req.State == "approved" ?><dt><?cs var:L.Expense.Missed ?></dt><dd id="missed" class="warn"><?cs var:Vals.missed ?>: <?cs var:Vals.missed_days ?></dd><?cs /if ?>
    <?cs else ?>
    <dt><?cs var:L.Expense.Client ?></dt><dd><?cs var:Vals.client ?></dd>
    <dt><?cs var:L.Expense.Guests ?></dt><dd><?cs var:Vals.guests ?> / <?cs var:L.Expense.OurPeople ?> <?cs var:Vals.our_people ?></dd>
    <dt><?cs var:L.Expense.Place ?></dt><dd><?cs var:Vals.place ?></dd>
    <dt><?cs var:L.Expense.Planned ?></dt><dd><?cs var:Vals.planned ?></dd>
    <?cs /if ?>
    <dt><?cs var:L.Expense.Purpose ?></dt><dd class="lines"><?cs var:Vals.purpose ?></dd>
    <dt><?cs var:L.Expense.Amount ?></dt><dd id="amount"><?cs var:Vals.amount_text ?></dd>
    <?cs if:Vals.over_budget == "1" ?><dt><?cs var:L.Expense.OverLabel ?></dt><dd id="over-budget" class="warn"><?cs var:L.Expense.Fact.Higher ?></dd><?cs /if ?>
    <dt><?cs var:L.Expense.HoldLabel ?></dt><dd id="hold"><?cs var:L.Expense.Hold[Vals.hold] ?> <?cs var:Vals.hold_text ?></dd>
<?cs if:Req.State == "approved" && Vals.claim_id == "0" && Vals.owner == User.Id ?>
  </dl>
  <p><a class="button primary" id="claim-it" href="/new/claim?expense_id=<?cs var:Req.Id ?>"><?cs var:L.Expense.ClaimIt ?></a></p>
  <dl class="facts">
<?cs /if ?>
<?cs include:"request/view_foot.cs" ?>
