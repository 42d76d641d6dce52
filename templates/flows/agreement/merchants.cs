<?cs # The merchant register 商家 and the form to add one. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Sponsor.MerchantsTitle ?></h1>
  <?cs if:Merchants.0.Id ?>
  <div class="table-wrap"><table class="cards" id="merchants">
    <thead><tr><th><?cs var:L.Sponsor.MerchantName ?></th><th><?cs var:L.Sponsor.Contacts ?></th><th><?cs var:L.Sponsor.Address ?></th></tr></thead>
    <tbody><?cs each:m = Merchants ?><tr><td data-label="<?cs var:L.Sponsor.MerchantName ?>"><a href="/merchants/<?cs var:m.Id ?>"><?cs var:m.Name ?></a></td><td data-label="<?cs var:L.Sponsor.Contacts ?>"><?cs var:m.Contacts ?></td><td data-label="<?cs var:L.Sponsor.Address ?>"><?cs var:m.Address ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <?cs else ?><p><?cs var:L.Sponsor.NoMerchants ?></p><?cs /if ?>
</section>
<section class="card">
  <h2><?cs var:L.Sponsor.AddMerchant ?></h2>
  <form method="post" action="/merchants">
    <?cs call:csrf() ?>
    <?cs call:input("name", L.Sponsor.MerchantName, "text", " maxlength='100' required") ?>
    <?cs call:input("contacts", L.Sponsor.Contacts, "text", " maxlength='200'") ?>
    <?cs call:input("address", L.Sponsor.Address, "text", " maxlength='200'") ?>
    <?cs call:textarea("notes", L.Sponsor.Notes) ?>
    <div class="buttons"><button type="submit" class="primary"><?cs var:L.Sponsor.AddMerchant ?></button></div>
  </form>
  <p><a class="button" href="/new/agreement"><?cs var:L.Sponsor.NewAgreement ?></a></p>
</section>
<?cs include:"layout/foot.cs" ?>
