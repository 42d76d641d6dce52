<?cs # Finance records money or goods received under a signed agreement (SP-05). ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Sponsor.ReceiveTitle ?></h1>
  <p><a href="/requests/<?cs var:Agr.Id ?>"><?cs var:Agr.Number ?></a> <?cs var:Agr.Title ?> · <?cs var:Agr.State ?></p>
  <form method="post" action="/agreements/<?cs var:Agr.Id ?>/receive" enctype="multipart/form-data">
    <?cs call:csrf() ?>
    <fieldset class="kind">
      <legend><?cs var:L.Sponsor.KindLabel ?></legend>
      <label class="check"><input type="radio" name="kind" value="money"<?cs if:Form.kind.Value != "goods" ?> checked<?cs /if ?>> <?cs var:L.Sponsor.Kind.money ?></label>
      <label class="check"><input type="radio" name="kind" value="goods"<?cs if:Form.kind.Value == "goods" ?> checked<?cs /if ?>> <?cs var:L.Sponsor.Kind.goods ?></label>
      <?cs call:error("kind") ?>
    </fieldset>
    <?cs call:input("amount", L.Sponsor.AmountOrValue, "text", " inputmode='decimal' maxlength='16' required") ?>
    <?cs call:input("qty", L.Sponsor.GoodsQty, "number", " min='0' max='1000000'") ?>
    <?cs call:input("on_day", L.Sponsor.OnDay, "date", " required") ?>
    <?cs call:input("received_by", L.Sponsor.ReceivedBy, "text", " maxlength='50' required") ?>
    <?cs call:input("note", L.Sponsor.Note, "text", " maxlength='200'") ?>
    <label for="proof"><?cs var:L.Sponsor.Proof ?></label>
    <input id="proof" name="proof" type="file" accept="application/pdf,image/jpeg,image/png"<?cs if:Form.proof.Error ?> aria-invalid="true" aria-describedby="proof-error"<?cs /if ?>>
    <?cs call:error("proof") ?>
    <div class="buttons"><button type="submit" class="primary"><?cs var:L.Sponsor.Receive ?></button></div>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
