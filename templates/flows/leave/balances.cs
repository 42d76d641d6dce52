<?cs # Balances of one leave type and year, per person; the form sets one person's entitlement. ?>
<?cs include:"layout/head.cs" ?>
<?cs if:User.Role.admin ?><?cs include:"admin/nav.cs" ?><?cs else ?><?cs include:"attendance/nav.cs" ?><?cs /if ?>
<section class="card">
  <h1><?cs var:L.LeaveAdmin.Bal.Title ?> <?cs var:Year ?></h1>
  <p class="hint"><?cs var:L.LeaveAdmin.Bal.Hint ?></p>
  <?cs if:!BalTypes.0.Code ?>
  <p id="no-balance-types"><?cs var:L.LeaveAdmin.Bal.NoTypes ?></p>
  <?cs else ?>
  <form method="get" action="/attendance/balances" class="filters">
    <div><label for="f-code"><?cs var:L.LeaveAdmin.Bal.Type ?></label>
      <select id="f-code" name="code"><?cs each:b = BalTypes ?><option value="<?cs var:b.Code ?>"<?cs if:Code == b.Code ?> selected<?cs /if ?>><?cs var:b.Name ?><?cs if:b.Active != "1" ?> (<?cs var:L.LeaveAdmin.Inactive ?>)<?cs /if ?></option><?cs /each ?></select></div>
    <div><label for="f-year"><?cs var:L.LeaveAdmin.Bal.Year ?></label>
      <input id="f-year" name="year" type="number" min="1900" max="2200" value="<?cs var:Year ?>" class="short"></div>
    <div><label for="f-dept"><?cs var:L.LeaveAdmin.Bal.Dept ?></label>
      <select id="f-dept" name="dept"><option value="0"><?cs var:L.LeaveAdmin.Bal.AllDepts ?></option><?cs each:d = Depts ?><option value="<?cs var:d.Id ?>"<?cs if:Dept == d.Id ?> selected<?cs /if ?>><?cs var:d.Name ?></option><?cs /each ?></select></div>
    <button type="submit"><?cs var:L.LeaveAdmin.Bal.Show ?></button>
  </form>
  <?cs if:Code ?>
  <p class="hint"><?cs var:L.LeaveAdmin.Bal.AsOf ?> <?cs var:AsOf ?></p>
  <div class="table-wrap"><table class="cards" id="balances">
    <thead><tr><th><?cs var:L.LeaveAdmin.Bal.User ?></th><th><?cs var:L.LeaveAdmin.Bal.Dept ?></th><th><?cs var:L.LeaveAdmin.Bal.WorkStart ?></th><th class="num"><?cs var:L.LeaveAdmin.Bal.Entitled ?></th><th><?cs var:L.LeaveAdmin.Bal.Source ?></th><th class="num"><?cs var:L.LeaveAdmin.Bal.Used ?></th><th class="num"><?cs var:L.LeaveAdmin.Bal.Pending ?></th><th class="num"><?cs var:L.LeaveAdmin.Bal.Left ?></th><th></th></tr></thead>
    <tbody>
    <?cs each:p = Rows ?><tr id="bal-<?cs var:p.Login ?>">
      <td data-label="<?cs var:L.LeaveAdmin.Bal.User ?>"><?cs var:p.Name ?> (<?cs var:p.Login ?>)</td><td data-label="<?cs var:L.LeaveAdmin.Bal.Dept ?>"><?cs var:p.Dept ?></td><td data-label="<?cs var:L.LeaveAdmin.Bal.WorkStart ?>"><?cs var:p.WorkStart ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.Bal.Entitled ?>" class="num"><?cs var:p.Entitled ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.Bal.Source ?>"><?cs if:p.Set == "1" ?><?cs var:L.LeaveAdmin.Bal.Set ?><?cs else ?><?cs var:L.LeaveAdmin.Bal.Statutory ?><?cs /if ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.Bal.Used ?>" class="num"><?cs var:p.Used ?></td><td data-label="<?cs var:L.LeaveAdmin.Bal.Pending ?>" class="num"><?cs var:p.Pending ?></td>
      <td data-label="<?cs var:L.LeaveAdmin.Bal.Left ?>" class="num<?cs if:p.Over == "1" ?> warn<?cs /if ?>"><?cs var:p.Left ?></td>
      <td data-label=""><a href="/attendance/balances?code=<?cs var:url_escape(Code) ?>&amp;year=<?cs var:Year ?>&amp;dept=<?cs var:Dept ?>&amp;user=<?cs var:p.Id ?>#set"><?cs var:L.LeaveAdmin.Bal.Change ?></a></td>
    </tr><?cs /each ?>
    </tbody>
  </table></div>
  <?cs /if ?>
  <?cs /if ?>
</section>
<?cs if:BalTypes.0.Code ?>
<section class="card" id="set">
  <h2><?cs var:L.LeaveAdmin.Bal.SetTitle ?></h2>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <form method="post" action="/attendance/balances" id="balance-set">
    <?cs call:csrf() ?>
    <input type="hidden" name="dept" value="<?cs var:Dept ?>">
    <label for="user"><?cs var:L.LeaveAdmin.Bal.User ?></label>
    <select id="user" name="user" required><option value=""></option><?cs each:u = Roster ?><option value="<?cs var:u.Id ?>"<?cs if:Form.user.Value == u.Id ?> selected<?cs /if ?>><?cs var:u.Name ?> (<?cs var:u.Login ?>)</option><?cs /each ?></select>
    <?cs call:error("user") ?>
    <label for="code"><?cs var:L.LeaveAdmin.Bal.Type ?></label>
    <select id="code" name="code"><?cs each:b = BalTypes ?><option value="<?cs var:b.Code ?>"<?cs if:(Form.code.Value && Form.code.Value == b.Code) || (!Form.code.Value && Code == b.Code) ?> selected<?cs /if ?>><?cs var:b.Name ?></option><?cs /each ?></select>
    <?cs call:error("code") ?>
    <?cs call:input("year", L.LeaveAdmin.Bal.Year, "number", " min='1900' max='2200' required") ?>
    <?cs call:input("days", L.LeaveAdmin.Bal.Days, "text", " maxlength='8' inputmode='decimal'") ?>
    <p class="hint"><?cs var:L.LeaveAdmin.Bal.DaysHint ?></p>
    <button type="submit" class="primary"><?cs var:L.LeaveAdmin.Bal.Save ?></button>
  </form>
</section>
<?cs /if ?>
<?cs include:"layout/foot.cs" ?>
