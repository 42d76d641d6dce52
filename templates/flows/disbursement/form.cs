<?cs # A disbursement (SP-05): money or goods of one signed agreement, for an event; never more than is left. ?>
<?cs include:"request/form_head.cs" ?>
    <label for="agreement_id"><?cs var:L.Sponsor.Agreement ?></label>
    <select id="agreement_id" name="agreement_id" required<?cs if:Form.agreement_id.Error ?> aria-invalid="true" aria-describedby="agreement_id-error"<?cs /if ?>>
      <option value=""><?cs var:L.Sponsor.ChooseAgreement ?></option>
      <?cs each:a = Agreements ?><option value="<?cs var:a.Id ?>"<?cs if:Form.agreement_id.Value == a.Id ?> selected<?cs /if ?>><?cs var:a.Number ?> <?cs var:a.Merchant ?></option><?cs /each ?>
    </select>
    <?cs call:error("agreement_id") ?>
    <fieldset class="kind">
      <legend><?cs var:L.Sponsor.KindLabel ?></legend>
      <label class="check"><input type="radio" name="kind" value="money"<?cs if:Form.kind.Value != "goods" ?> checked<?cs /if ?>> <?cs var:L.Sponsor.Kind.money ?></label>
      <label class="check"><input type="radio" name="kind" value="goods"<?cs if:Form.kind.Value == "goods" ?> checked<?cs /if ?>> <?cs var:L.Sponsor.Kind.goods ?></label>
      <?cs call:error("kind") ?>
    </fieldset>
    <?cs call:input("amount", L.Sponsor.AmountOrValue, "text", " inputmode='decimal' maxlength='16' required") ?>
    <?cs call:input("qty", L.Sponsor.GoodsQty, "number", " min='0' max='1000000'") ?>
    <?cs call:textarea("purpose", L.Sponsor.Purpose) ?>
    <p class="hint"><?cs var:L.Sponsor.DisburseHint ?></p>
<?cs include:"request/form_foot.cs" ?>
