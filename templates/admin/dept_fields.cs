<?cs call:input("name", L.Admin.Depts.Name, "text", " maxlength='32' required") ?>
<?cs call:input("name_en", L.Admin.Depts.NameEn, "text", " maxlength='64'") ?>
<label for="head_id"><?cs var:L.Admin.Depts.Head ?></label>
<select id="head_id" name="head_id"><option value="0">—</option>
  <?cs each:u = Roster ?><option value="<?cs var:u.Id ?>"<?cs if:Form.head_id.Value == u.Id ?> selected<?cs /if ?>><?cs var:u.Name ?> (<?cs var:u.Login ?>)</option><?cs /each ?>
</select>
<?cs call:error("head_id") ?>
<label for="parent_id"><?cs var:L.Admin.Depts.Parent ?></label>
<select id="parent_id" name="parent_id"><option value="0">—</option>
  <?cs each:d = Depts ?><option value="<?cs var:d.Id ?>"<?cs if:Form.parent_id.Value == d.Id ?> selected<?cs /if ?>><?cs var:d.Name ?></option><?cs /each ?>
</select>
<?cs call:error("parent_id") ?>
