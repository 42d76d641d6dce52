<?cs # An agreement's ledger (SP-05): what came in, what went out through which disbursement, what is left. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Sponsor.LedgerTitle ?></h1>
  <p><a href="/requests/<?cs var:Agr.Id ?>"><?cs var:Agr.Number ?></a> <?cs var:Agr.Title ?> · <?cs var:Agr.State ?></p>
  <p id="sums"><?cs var:L.Sponsor.InMoney ?> <?cs alt:Sums.money_in_text ?>¥0.00<?cs /alt ?> · <?cs var:L.Sponsor.LeftMoney ?> <?cs alt:Sums.money_left_text ?>¥0.00<?cs /alt ?>
    <br><?cs var:L.Sponsor.InGoods ?> <?cs alt:Sums.goods_in_text ?>¥0.00<?cs /alt ?> · <?cs var:L.Sponsor.LeftGoods ?> <?cs alt:Sums.goods_left_text ?>¥0.00<?cs /alt ?></p>
  <?cs if:Rows.0.Day ?>
  <div class="table-wrap" tabindex="0"><table id="ledger" class="paper">
    <thead><tr><th><?cs var:L.Sponsor.OnDay ?></th><th><?cs var:L.Sponsor.Direction ?></th><th><?cs var:L.Sponsor.KindLabel ?></th><th><?cs var:L.Sponsor.AmountOrValue ?></th><th><?cs var:L.Sponsor.GoodsQty ?></th><th><?cs var:L.Sponsor.ReceivedBy ?></th><th><?cs var:L.Sponsor.Disbursement ?></th><th><?cs var:L.Sponsor.Note ?></th><th><?cs var:L.Sponsor.Proof ?></th></tr></thead>
    <tbody><?cs each:l = Rows ?><tr><td><?cs var:l.Day ?></td><td><?cs var:l.Dir ?></td><td><?cs var:l.Kind ?></td><td class="num"><?cs var:l.Amount ?></td><td class="num"><?cs var:l.Qty ?></td><td><?cs var:l.By ?></td>
      <td><?cs if:l.DisbId ?><a href="/requests/<?cs var:l.DisbId ?>"><?cs var:l.Disb ?></a> <?cs if:l.Paid ?><?cs var:L.Sponsor.Paid ?><?cs else ?><?cs var:L.Sponsor.NotPaid ?><?cs /if ?><?cs /if ?></td><td><?cs var:l.Note ?></td><td><?cs if:l.Proof ?><a href="/attachments/<?cs var:l.Proof ?>"><?cs var:L.Sponsor.ProofOpen ?></a><?cs /if ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <?cs else ?><p><?cs var:L.Sponsor.NothingYet ?></p><?cs /if ?>
  <?cs if:Can.Receive ?><p><a class="button primary" href="/agreements/<?cs var:Agr.Id ?>/receive"><?cs var:L.Sponsor.Receive ?></a></p><?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
