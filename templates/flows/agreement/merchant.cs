<?cs # One merchant: its details, every visit, agreement and disbursement with it the user may see, and what came in. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:Merchant.Name ?></h1>
  <dl class="facts">
    <dt><?cs var:L.Sponsor.Contacts ?></dt><dd><?cs var:Merchant.Contacts ?></dd>
    <dt><?cs var:L.Sponsor.Address ?></dt><dd><?cs var:Merchant.Address ?></dd>
    <?cs if:Merchant.Notes ?><dt><?cs var:L.Sponsor.Notes ?></dt><dd class="lines"><?cs var:Merchant.Notes ?></dd><?cs /if ?>
  </dl>
  <h2><?cs var:L.Sponsor.WithMerchant ?></h2>
  <?cs if:Reqs.0.Id ?>
  <div class="table-wrap"><table class="cards" id="merchant-requests">
    <thead><tr><th><?cs var:L.Request.Number ?></th><th><?cs var:L.Request.Type ?></th><th><?cs var:L.Request.Subject ?></th><th><?cs var:L.Request.State ?></th><th><?cs var:L.Request.SubmittedAt ?></th></tr></thead>
    <tbody><?cs each:q = Reqs ?><tr><td data-label="<?cs var:L.Request.Number ?>"><a href="/requests/<?cs var:q.Id ?>"><?cs var:q.Number ?></a></td><td data-label="<?cs var:L.Request.Type ?>"><?cs var:q.Type ?></td><td data-label="<?cs var:L.Request.Subject ?>"><?cs var:q.Title ?></td><td data-label="<?cs var:L.Request.State ?>"><?cs var:q.State ?></td><td data-label="<?cs var:L.Request.SubmittedAt ?>"><?cs var:q.At ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <?cs else ?><p><?cs var:L.Sponsor.NothingYet ?></p><?cs /if ?>
  <h2><?cs var:L.Sponsor.Receipts ?></h2>
  <?cs if:Receipts.0.Id ?>
  <div class="table-wrap" tabindex="0"><table id="merchant-receipts" class="paper">
    <thead><tr><th><?cs var:L.Sponsor.OnDay ?></th><th><?cs var:L.Sponsor.Agreement ?></th><th><?cs var:L.Sponsor.KindLabel ?></th><th><?cs var:L.Sponsor.AmountOrValue ?></th><th><?cs var:L.Sponsor.GoodsQty ?></th><th><?cs var:L.Sponsor.ReceivedBy ?></th></tr></thead>
    <tbody><?cs each:g = Receipts ?><tr><td><?cs var:g.Day ?></td><td><a href="/agreements/<?cs var:g.Id ?>/ledger"><?cs var:g.Number ?></a></td><td><?cs var:g.Kind ?></td><td class="num"><?cs var:g.Amount ?></td><td class="num"><?cs var:g.Qty ?></td><td><?cs var:g.By ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <?cs else ?><p><?cs var:L.Sponsor.NothingYet ?></p><?cs /if ?>
  <p><a href="/merchants"><?cs var:L.Sponsor.MerchantsTitle ?></a></p>
</section>
<?cs include:"layout/foot.cs" ?>
