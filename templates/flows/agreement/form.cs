<?cs # A sponsorship agreement (SP-04): the merchant, what they give, what the organisation gives in return, the
       dates, the text or a PDF; signed by two people with signing authority, neither the drafter. ?>
<?cs include:"request/form_head.cs" ?>
    <label for="merchant_id"><?cs var:L.Sponsor.Merchant ?></label>
    <select id="merchant_id" name="merchant_id" required<?cs if:Form.merchant_id.Error ?> aria-invalid="true" aria-describedby="merchant_id-error"<?cs /if ?>>
      <option value=""><?cs var:L.Sponsor.ChooseMerchant ?></option>
      <?cs each:m = Merchants ?><option value="<?cs var:m.Id ?>"<?cs if:Form.merchant_id.Value == m.Id ?> selected<?cs /if ?>><?cs var:m.Name ?></option><?cs /each ?>
    </select>
    <?cs call:error("merchant_id") ?>
    <p class="hint"><a href="/merchants"><?cs var:L.Sponsor.MerchantsTitle ?></a></p>
    <?cs call:input("money", L.Sponsor.Money, "text", " inputmode='decimal' maxlength='16'") ?>
    <?cs call:input("goods", L.Sponsor.Goods, "text", " maxlength='200'") ?>
    <div class="row">
      <div><?cs call:input("goods_qty", L.Sponsor.GoodsQty, "number", " min='0' max='1000000'") ?></div>
      <div><?cs call:input("goods_value", L.Sponsor.GoodsValue, "text", " inputmode='decimal' maxlength='16'") ?></div>
    </div>
    <?cs call:textarea("gives_back", L.Sponsor.GivesBack) ?>
    <div class="row">
      <div><?cs call:input("starts_on", L.Sponsor.StartsOn, "date", " required") ?></div>
      <div><?cs call:input("ends_on", L.Sponsor.EndsOn, "date", " required") ?></div>
    </div>
    <?cs call:textarea("body", L.Sponsor.Body) ?>
    <label for="pdf"><?cs var:L.Sponsor.Pdf ?></label>
    <input id="pdf" name="pdf" type="file" accept="application/pdf"><?cs call:rechoose("pdf") ?>
    <?cs call:error("pdf") ?>
    <p class="hint"><?cs var:L.Sponsor.SignHint ?></p>
<?cs include:"request/form_foot.cs" ?>
