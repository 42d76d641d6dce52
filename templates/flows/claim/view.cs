<?cs # A claim: the pre-approval, approved and actual amounts, the difference's approval, and finance's settlement (EX-04, EX-05). ?>
<?cs include:"request/view_head.cs" ?>
    <dt><?cs var:L.Claim.Expense ?></dt><dd><a href="/requests/<?cs var:Vals.expense_id ?>"><?cs var:Vals.expense_number ?></a></dd>
    <dt><?cs var:L.Claim.Approved ?></dt><dd id="approved"><?cs var:Vals.approved_text ?></dd>
    <dt><?cs var:L.Claim.Actual ?></dt><dd id="actual"><?cs var:Vals.actual_text ?></dd>
    <?cs if:Vals.note ?><dt><?cs var:L.Claim.Note ?></dt><dd class="lines"><?cs var:Vals.note ?></dd><?cs /if ?>
    <?cs if:Vals.diff_number ?><dt><?cs var:L.Claim.Diff ?></dt><dd id="diff"><a href="/requests/<?cs var:Vals.diff_id ?>"><?cs var:Vals.diff_number ?></a> <?cs var:L.Claim.DiffState[Vals.diff_state] ?></dd><?cs /if ?>
    <?cs if:Vals.paid_text ?>
    <dt><?cs var:L.Claim.Paid ?></dt><dd id="paid"><?cs var:Vals.paid_text ?> · <?cs var:Vals.paid_day ?> · <?cs var:L.Claim.Method[Vals.method] ?> · <?cs var:Vals.voucher ?></dd>
    <?cs /if ?>
<?cs if:Can.Task ?>
  </dl>
  <form method="post" action="/requests/<?cs var:Req.Id ?>/task/claim" class="task" id="settle">
    <h2><?cs var:L.Claim.Settle ?></h2>
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>"><input type="hidden" name="form_key" value="<?cs var:FormKey ?>">
    <?cs if:Vals.diff_state == "pending" ?><p class="alert" role="alert"><?cs var:L.Claim.Err.DiffPending ?></p><?cs /if ?>
    <?cs call:input("pay_day", L.Claim.PayDay, "date", " required") ?>
    <label for="method"><?cs var:L.Claim.MethodLabel ?></label>
    <select id="method" name="method"><?cs each:m = L.Claim.Method ?><option value="<?cs name:m ?>"<?cs if:Form.method.Value == name(m) ?> selected<?cs /if ?>><?cs var:m ?></option><?cs /each ?></select>
    <?cs call:error("method") ?>
    <?cs call:input("voucher", L.Claim.Voucher, "text", " maxlength='40' required") ?>
    <label for="task-comment"><?cs var:L.Decide.Comment ?></label>
    <textarea id="task-comment" name="comment" maxlength="1000"></textarea>
    <div class="buttons"><button type="submit" class="primary"><?cs var:L.Claim.SettleButton ?></button></div>
  </form>
  <form method="post" action="/requests/<?cs var:Req.Id ?>/decide" class="task" id="return">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>"><input type="hidden" name="form_key" value="<?cs var:FormKey ?>">
    <label for="return-comment"><?cs var:L.Claim.ReturnReason ?></label>
    <textarea id="return-comment" name="comment" required maxlength="1000"></textarea>
    <div class="buttons"><button type="submit" name="action" value="return"><?cs var:L.Decide.Return ?></button></div>
  </form>
  <dl class="facts">
<?cs /if ?>
<?cs include:"request/view_foot.cs" ?>
