<?cs # A disbursement: the agreement it draws on, what and how much, for what; paid once finance has paid. ?>
<?cs include:"request/view_head.cs" ?>
    <dt><?cs var:L.Sponsor.Agreement ?></dt><dd><a href="/requests/<?cs var:Vals.agreement_id ?>"><?cs var:Vals.agreement_no ?></a> <?cs var:Vals.merchant ?></dd>
    <dt><?cs var:L.Sponsor.KindLabel ?></dt><dd><?cs var:L.Sponsor.Kind[Vals.kind] ?></dd>
    <dt><?cs var:L.Sponsor.AmountOrValue ?></dt><dd><?cs var:Vals.amount_text ?></dd>
    <?cs if:Vals.qty ?><dt><?cs var:L.Sponsor.GoodsQty ?></dt><dd><?cs var:Vals.qty ?></dd><?cs /if ?>
    <dt><?cs var:L.Sponsor.Purpose ?></dt><dd class="lines"><?cs var:Vals.purpose ?></dd>
    <?cs if:Vals.paid ?><dt><?cs var:L.Sponsor.Paid ?></dt><dd id="paid">✓</dd><?cs /if ?>
<?cs if:Can.Task ?>
  </dl>
  <form method="post" action="/requests/<?cs var:Req.Id ?>/task/disbursement" class="task" id="pay">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>">
    <p class="hint"><?cs var:L.Sponsor.PayHint ?></p>
    <div class="buttons"><button type="submit" class="primary"><?cs var:L.Sponsor.Pay ?></button></div>
  </form>
  <dl class="facts">
<?cs /if ?>
<?cs include:"request/view_foot.cs" ?>
