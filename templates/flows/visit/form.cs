<?cs # A visit plan (SP-02): the merchant, the day, the purpose and the colleagues going with the planner - never
       one person alone. ?>
<?cs include:"request/form_head.cs" ?>
    <label for="merchant_id"><?cs var:L.Sponsor.Merchant ?></label>
    <select id="merchant_id" name="merchant_id" required<?cs if:Form.merchant_id.Error ?> aria-invalid="true" aria-describedby="merchant_id-error"<?cs /if ?>>
      <option value=""><?cs var:L.Sponsor.ChooseMerchant ?></option>
      <?cs each:m = Merchants ?><option value="<?cs var:m.Id ?>"<?cs if:Form.merchant_id.Value == m.Id ?> selected<?cs /if ?>><?cs var:m.Name ?></option><?cs /each ?>
    </select>
    <?cs call:error("merchant_id") ?>
    <p class="hint"><a href="/merchants"><?cs var:L.Sponsor.MerchantsTitle ?></a></p>
    <?cs call:input("visit_on", L.Visit.Day, "date", " required") ?>
    <?cs call:textarea("purpose", L.Visit.Purpose) ?>
    <fieldset>
      <legend><?cs var:L.Visit.With ?></legend>
      <?cs loop:i = 1, 4, 1 ?><?cs set:f = "with_" + i ?>
      <label for="<?cs var:f ?>"><?cs var:L.Visit.Colleague ?> <?cs var:i ?></label>
      <select id="<?cs var:f ?>" name="<?cs var:f ?>"<?cs if:Form[f].Error ?> aria-invalid="true" aria-describedby="<?cs var:f ?>-error"<?cs /if ?>>
        <option value="0">—</option>
        <?cs each:u = Roster ?><?cs if:u.Id != User.Id ?><option value="<?cs var:u.Id ?>"<?cs if:Form[f].Value == u.Id ?> selected<?cs /if ?>><?cs var:u.Name ?> (<?cs var:u.Login ?>)</option><?cs /if ?><?cs /each ?>
      </select>
      <?cs call:error(f) ?>
      <?cs /loop ?>
    </fieldset>
    <p class="hint"><?cs var:L.Visit.Hint ?></p>
<?cs include:"request/form_foot.cs" ?>
