<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Admin.Users.Edit ?>: <?cs var:Form.login.Value ?></h1>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <?cs if:Form.active.Value == "0" ?><p class="alert"><?cs var:L.Admin.Users.Inactive ?></p><?cs /if ?>
  <form method="post" action="/admin/users/<?cs var:UserId ?>">
    <?cs call:csrf() ?>
    <?cs include:"admin/user_fields.cs" ?>
    <label for="successor_id_move"><?cs var:L.Admin.Users.MoveSuccessor ?></label>
    <select id="successor_id_move" name="successor_id">
      <option value="0">—</option>
      <?cs each:u = Roster ?><option value="<?cs var:u.Id ?>"><?cs var:u.Name ?> (<?cs var:u.Login ?>)</option><?cs /each ?>
    </select>
    <button type="submit" class="primary"><?cs var:L.Form.Save ?></button>
  </form>
</section>
<section class="card">
  <h2><?cs var:L.Admin.Users.Actions ?></h2>
  <form method="post" action="/admin/users/<?cs var:UserId ?>/reset-password">
    <?cs call:csrf() ?>
    <p class="hint"><?cs var:L.Admin.Users.ResetHint ?></p>
    <button type="submit"><?cs var:L.Admin.Users.Reset ?></button>
  </form>
  <?cs if:Form.active.Value == "0" ?>
  <form method="post" action="/admin/users/<?cs var:UserId ?>/activate">
    <?cs call:csrf() ?>
    <button type="submit"><?cs var:L.Admin.Users.Activate ?></button>
  </form>
  <?cs else ?>
  <form method="post" action="/admin/users/<?cs var:UserId ?>/deactivate">
    <?cs call:csrf() ?>
    <label for="successor_id"><?cs var:L.Admin.Users.Successor ?></label>
    <select id="successor_id" name="successor_id">
      <option value="0"><?cs var:L.Admin.Users.SuccessorSuperior ?></option>
      <?cs each:u = Roster ?><option value="<?cs var:u.Id ?>"><?cs var:u.Name ?> (<?cs var:u.Login ?>)</option><?cs /each ?>
    </select>
    <label class="check"><input type="checkbox" name="confirm" value="1" required> <?cs var:L.Admin.Users.ConfirmDeactivate ?></label>
    <button type="submit" class="danger"><?cs var:L.Admin.Users.Deactivate ?></button>
  </form>
  <?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
