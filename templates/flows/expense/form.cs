<?cs # The expense pre-approval (EX-01, EX-02, EX-06): the category picks the fields that count; a check shows the budget left and who will approve. ?>
<?cs include:"request/form_head.cs" ?>
    <label for="category"><?cs var:L.Expense.Category ?></label>
    <select id="category" name="category">
      <?cs each:c = Cats ?><option value="<?cs var:c.Code ?>"<?cs if:Form.category.Value == c.Code ?> selected<?cs /if ?>><?cs var:c.Name ?></option><?cs /each ?>
    </select>
    <?cs call:error("category") ?>
    <fieldset id="entertain">
      <legend><?cs var:L.Expense.Form.entertain ?></legend>
      <?cs call:input("client", L.Expense.Client, "text", " maxlength='100'") ?>
      <div class="row">
        <div><?cs call:input("guests", L.Expense.Guests, "number", " min='0' max='999'") ?></div>
        <div><?cs call:input("our_people", L.Expense.OurPeople, "number", " min='0' max='999'") ?></div>
      </div>
      <?cs call:input("place", L.Expense.Place, "text", " maxlength='100'") ?>
      <?cs call:input("planned", L.Expense.Planned, "date", "") ?>
    </fieldset>
    <fieldset id="travel">
      <legend><?cs var:L.Expense.Form.travel ?></legend>
      <?cs call:input("destination", L.Expense.Destination, "text", " maxlength='100'") ?>
      <div class="row">
        <div><?cs call:input("depart", L.Expense.Depart, "date", "") ?></div>
        <div><?cs call:input("return_day", L.Expense.Return, "date", "") ?></div>
      </div>
      <?cs call:input("transport", L.Expense.Transport, "text", " maxlength='50'") ?>
      <?cs call:input("companions", L.Expense.Companions, "text", " maxlength='200'") ?>
    </fieldset>
    <?cs call:textarea("purpose", L.Expense.Purpose) ?>
    <?cs call:input("amount", L.Expense.Amount, "text", " inputmode='decimal' required") ?>
    <p class="hint"><?cs var:L.Expense.AmountHint ?></p>
    <?cs if:Facts.Shown ?>
    <section class="facts-box" id="facts" aria-live="polite">
      <h2><?cs var:L.Expense.FactsTitle ?></h2>
      <ul class="rules">
      <?cs if:Facts.NoBudget ?>
        <li id="fact-budget"><strong class="warn"><?cs var:L.Expense.Err.NoBudget ?></strong></li>
      <?cs else ?>
        <li id="fact-budget"><?cs var:L.Expense.Fact.Budget ?> <?cs var:Facts.Budget.Period ?>: <?cs var:Facts.Budget.Amount ?>,
          <?cs var:L.Expense.Tentative ?> <?cs var:Facts.Budget.Tentative ?>, <?cs var:L.Expense.Firm ?> <?cs var:Facts.Budget.Firm ?>,
          <?cs var:L.Expense.Left ?> <strong id="budget-left"><?cs var:Facts.Budget.Left ?></strong><?cs if:Facts.Budget.Over ?> — <strong class="warn"><?cs var:L.Expense.Err.OverBudget ?></strong><?cs /if ?><?cs if:Facts.Budget.Higher ?> — <strong class="warn" id="budget-higher"><?cs var:L.Expense.Fact.Higher ?></strong><?cs /if ?></li>
      <?cs /if ?>
        <li id="fact-approvers"><?cs var:L.Expense.Fact.Approvers ?>
          <?cs each:a = Facts.Approvers ?><?cs var:a.Step ?>（<?cs each:n = a.Names ?><?cs var:n ?><?cs if:!last(n) ?>、<?cs /if ?><?cs /each ?><?cs if:!a.Names.0 ?><?cs var:L.Expense.Fact.Nobody ?><?cs /if ?>）<?cs if:!last(a) ?> → <?cs /if ?><?cs /each ?> → <?cs var:L.Expense.Fact.Finance ?></li>
      </ul>
    </section>
    <?cs /if ?>
    <button type="submit" formaction="/new/expense/check" formnovalidate><?cs var:L.Expense.Check ?></button>
<?cs include:"request/form_foot.cs" ?>
