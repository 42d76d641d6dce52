<?cs # Leave types: the list with the add form, or (Editing) one type's form. ?>
<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<?cs def:notice_select() ?>
<label for="notice"><?cs var:L.LeaveAdmin.Notice ?></label>
<select id="notice" name="notice"><?cs each:n = L.LeaveAdmin.N ?><option value="<?cs name:n ?>"<?cs if:Form.notice.Value == name(n) ?> selected<?cs /if ?>><?cs var:n ?></option><?cs /each ?></select>
<?cs call:error("notice") ?>
<?cs /def ?>
<?cs def:rule_fields() ?>
<?cs call:notice_select() ?>
<?cs call:input("max_days", L.LeaveAdmin.MaxDays, "number", " min='0' max='366' required") ?>
<p class="hint"><?cs var:L.LeaveAdmin.MaxDaysHint ?></p>
<?cs call:input("cert_days", L.LeaveAdmin.CertDays, "number", " min='0' max='366' required") ?>
<p class="hint"><?cs var:L.LeaveAdmin.CertDaysHint ?></p>
<?cs call:input("deduct_bp", L.LeaveAdmin.DeductBp, "number", " min='0' max='10000' required") ?>
<p class="hint"><?cs var:L.LeaveAdmin.DeductBpHint ?></p>
<?cs /def ?>
<?cs if:Editing ?>
<?cs with:t = Types.0 ?>
<section class="card">
  <h1><?cs var:L.LeaveAdmin.Edit ?>：<?cs var:t.Name ?> <small>(<?cs var:t.Code ?>)</small></h1>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <form method="post" action="/admin/leave-types/<?cs var:t.Code ?>" id="leave-type-edit">
    <?cs call:csrf() ?>
    <?cs call:input("name", L.LeaveAdmin.Name, "text", " maxlength='64' required") ?>
    <?cs call:input("name_en", L.LeaveAdmin.NameEn, "text", " maxlength='64' required") ?>
    <?cs if:t.Fixed == "1" ?>
    <p class="hint" id="fixed-hint"><?cs var:L.LeaveAdmin.Fixed ?> <a href="/admin/settings"><?cs var:L.Admin.Settings.Title ?></a></p>
    <dl class="facts">
      <dt><?cs var:L.LeaveAdmin.Notice ?></dt><dd><?cs var:L.LeaveAdmin.N[t.Notice] ?></dd>
      <dt><?cs var:L.LeaveAdmin.CertDays ?></dt><dd><?cs if:t.CertDays > 0 ?><?cs var:t.CertDays ?><?cs else ?><?cs var:L.LeaveAdmin.Never ?><?cs /if ?> <?cs if:t.Code == "sick" ?><?cs var:L.LeaveAdmin.FromSetting ?><?cs /if ?></dd>
      <dt><?cs var:L.LeaveAdmin.Deduct ?></dt><dd><?cs var:t.Deduct ?> <?cs var:L.LeaveAdmin.FromSetting ?></dd>
    </dl>
    <?cs call:error("notice") ?><?cs call:error("cert_days") ?><?cs call:error("deduct_bp") ?>
    <?cs call:input("max_days", L.LeaveAdmin.MaxDays, "number", " min='0' max='366' required") ?>
    <p class="hint"><?cs var:L.LeaveAdmin.MaxDaysHint ?></p>
    <?cs else ?>
    <?cs call:rule_fields() ?>
    <?cs /if ?>
    <?cs call:checkbox("uses_balance", L.LeaveAdmin.UsesBalance) ?>
    <p class="hint"><?cs var:L.LeaveAdmin.UsesBalanceHint ?></p>
    <?cs call:input("sort", L.LeaveAdmin.Sort, "number", " min='0' max='1000' required") ?>
    <?cs if:t.Fixed != "1" ?><?cs call:checkbox("active", L.LeaveAdmin.Active) ?>
    <p class="hint"><?cs var:L.LeaveAdmin.ActiveHint ?></p><?cs /if ?>
    <button type="submit" class="primary"><?cs var:L.Form.Save ?></button>
    <a href="/admin/leave-types"><?cs var:L.LeaveAdmin.Back ?></a>
  </form>
</section>
<?cs /with ?>
<?cs else ?>
<section class="card">
  <h1><?cs var:L.LeaveAdmin.Title ?></h1>
  <p class="hint"><?cs var:L.LeaveAdmin.Hint ?></p>
  <div class="table-wrap"><table class="cards" id="leave-types">
    <thead><tr><th><?cs var:L.LeaveAdmin.Code ?></th><th><?cs var:L.LeaveAdmin.Name ?></th><th><?cs var:L.LeaveAdmin.NameEn ?></th><th><?cs var:L.LeaveAdmin.Notice ?></th><th class="num"><?cs var:L.LeaveAdmin.MaxDays ?></th><th class="num"><?cs var:L.LeaveAdmin.CertDays ?></th><th class="num"><?cs var:L.LeaveAdmin.Deduct ?></th><th><?cs var:L.LeaveAdmin.UsesBalance ?></th><th class="num"><?cs var:L.LeaveAdmin.Sort ?></th><th><?cs var:L.LeaveAdmin.Status ?></th></tr></thead>
    <tbody>
    <?cs each:t = Types ?><tr id="type-<?cs var:t.Code ?>"<?cs if:t.Active != "1" ?> class="muted"<?cs /if ?>>
      <td data-label="<?cs var:L.LeaveAdmin.Code ?>"><a href="/admin/leave-types/<?cs var:t.Code ?>"><?cs var:t.Code ?></a></td>
      <td data-label="<?cs var:L.LeaveAdmin.Name ?>"><?cs var:t.Name ?></td><td data-label="<?cs var:L.LeaveAdmin.NameEn ?>"><?cs var:t.NameEn ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.Notice ?>"><?cs var:L.LeaveAdmin.N[t.Notice] ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.MaxDays ?>" class="num"><?cs if:t.MaxDays > 0 ?><?cs var:t.MaxDays ?><?cs else ?><?cs var:L.LeaveAdmin.NoMax ?><?cs /if ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.CertDays ?>" class="num"><?cs if:t.CertDays > 0 ?><?cs var:t.CertDays ?><?cs else ?><?cs var:L.LeaveAdmin.Never ?><?cs /if ?><?cs if:t.Code == "sick" ?> <?cs var:L.LeaveAdmin.FromSetting ?><?cs /if ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.Deduct ?>" class="num"><?cs var:t.Deduct ?><?cs if:t.Fixed == "1" ?> <?cs var:L.LeaveAdmin.FromSetting ?><?cs /if ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.UsesBalance ?>"><?cs if:t.UsesBalance == "1" ?><a href="/attendance/balances?code=<?cs var:url_escape(t.Code) ?>"><?cs var:L.LeaveAdmin.Yes ?> · <?cs var:L.LeaveAdmin.Balances ?></a><?cs else ?><?cs var:L.LeaveAdmin.No ?><?cs /if ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.Sort ?>" class="num"><?cs var:t.Sort ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.Status ?>"><?cs if:t.Active == "1" ?><?cs var:L.LeaveAdmin.Active ?><?cs else ?><?cs var:L.LeaveAdmin.Inactive ?><?cs /if ?></td>
    </tr><?cs /each ?>
    </tbody>
  </table></div>
</section>
<section class="card">
  <h2><?cs var:L.LeaveAdmin.New ?></h2>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <form method="post" action="/admin/leave-types" id="leave-type-new">
    <?cs call:csrf() ?>
    <?cs call:input("code", L.LeaveAdmin.Code, "text", " maxlength='24' pattern='[a-z_]{2,24}' required") ?>
    <p class="hint"><?cs var:L.LeaveAdmin.CodeHint ?></p>
    <?cs call:input("name", L.LeaveAdmin.Name, "text", " maxlength='64' required") ?>
    <?cs call:input("name_en", L.LeaveAdmin.NameEn, "text", " maxlength='64' required") ?>
    <?cs call:rule_fields() ?>
    <?cs call:checkbox("uses_balance", L.LeaveAdmin.UsesBalance) ?>
    <p class="hint"><?cs var:L.LeaveAdmin.UsesBalanceHint ?></p>
    <button type="submit" class="primary"><?cs var:L.LeaveAdmin.Create ?></button>
  </form>
</section>
<?cs /if ?>
<?cs include:"layout/foot.cs" ?>
