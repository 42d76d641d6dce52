<?cs call:input("display_name", L.Admin.Users.Name, "text", " maxlength='32' required") ?>
<?cs call:input("email", L.Account.Email, "email", "") ?>
<label for="dept_id"><?cs var:L.Admin.Users.Dept ?></label>
<select id="dept_id" name="dept_id">
  <?cs each:d = Depts ?><option value="<?cs var:d.Id ?>"<?cs if:Form.dept_id.Value == d.Id ?> selected<?cs /if ?>><?cs var:d.Name ?></option><?cs /each ?>
</select>
<?cs call:error("dept_id") ?>
<label for="superior_id"><?cs var:L.Admin.Users.Superior ?></label>
<select id="superior_id" name="superior_id">
  <option value="0"><?cs var:L.Admin.Users.NoSuperior ?></option>
  <?cs each:u = Roster ?><option value="<?cs var:u.Id ?>"<?cs if:Form.superior_id.Value == u.Id ?> selected<?cs /if ?>><?cs var:u.Name ?> (<?cs var:u.Login ?>)</option><?cs /each ?>
</select>
<?cs call:error("superior_id") ?>
<fieldset class="roles"><legend><?cs var:L.Admin.Users.Roles ?></legend>
<?cs each:role = Roles ?><?cs call:checkbox("role_" + role.Key, role.Name) ?><?cs /each ?>
</fieldset>
<?cs call:checkbox("can_sign", L.Admin.Users.CanSign) ?>
<?cs call:input("work_start", L.Admin.Users.WorkStart, "date", "") ?>
