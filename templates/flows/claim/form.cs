<?cs # The claim 报销 (EX-03..EX-05): against one's own approved pre-approval, the actual amount and receipts. ?>
<?cs include:"request/form_head.cs" ?>
    <input type="hidden" name="expense_id" value="<?cs var:Form.expense_id.Value ?>">
    <?cs call:error("expense_id") ?>
    <?cs if:Claim.Expense.Number ?>
    <dl class="facts" id="claim-of">
      <dt><?cs var:L.Claim.Expense ?></dt><dd><a href="/requests/<?cs var:Form.expense_id.Value ?>"><?cs var:Claim.Expense.Number ?></a></dd>
      <dt><?cs var:L.Claim.Approved ?></dt><dd><?cs var:Claim.Expense.Approved ?></dd>
      <dt><?cs var:L.Claim.Limit ?></dt><dd id="claim-limit"><?cs var:Claim.Expense.Limit ?></dd>
    </dl>
    <?cs if:Claim.Expense.Open != "1" ?><p class="alert" role="alert"><?cs var:L.Claim.Err.NotOpen ?></p><?cs /if ?>
    <?cs else ?>
    <p class="hint"><?cs var:L.Claim.FromExpense ?></p>
    <?cs /if ?>
    <?cs call:input("amount", L.Claim.Actual, "text", " inputmode='decimal' required") ?>
    <p class="hint"><?cs var:L.Claim.MarginHint ?></p>
    <?cs call:textarea("note", L.Claim.Note) ?>
    <label for="receipt"><?cs var:L.Claim.Receipt ?></label>
    <input id="receipt" name="receipt" type="file" accept="application/pdf,image/jpeg,image/png">
    <?cs call:error("receipt") ?>
    <label for="receipt2"><?cs var:L.Claim.MoreReceipts ?></label>
    <input id="receipt2" name="receipt2" type="file" accept="application/pdf,image/jpeg,image/png">
    <?cs call:error("receipt2") ?>
    <input id="receipt3" name="receipt3" type="file" accept="application/pdf,image/jpeg,image/png" aria-label="<?cs var:L.Claim.MoreReceipts ?>">
    <?cs call:error("receipt3") ?>
<?cs include:"request/form_foot.cs" ?>
