<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Admin.Settings.Title ?></h1>
  <p class="hint"><?cs var:L.Admin.Settings.Hint ?></p>
  <div class="table-wrap"><table>
    <thead><tr><th><?cs var:L.Admin.Settings.Name ?></th><th><?cs var:L.Admin.Settings.Value ?></th><th><?cs var:L.Admin.Settings.Range ?></th></tr></thead>
    <tbody>
    <?cs each:s = Settings ?>
    <tr><td><?cs var:s.Label ?><br><small class="hint"><?cs var:s.Name ?></small></td>
      <td><form method="post" action="/admin/settings" class="setting">
        <?cs call:csrf() ?><input type="hidden" name="name" value="<?cs var:s.Name ?>">
        <input name="value" inputmode="numeric" value="<?cs var:s.Value ?>" aria-label="<?cs var:s.Label ?>"> <?cs var:s.Unit ?>
        <?cs if:s.Error ?><span class="field-error"><?cs var:s.Error ?></span><?cs /if ?>
        <button type="submit"><?cs var:L.Form.Save ?></button></form></td>
      <td><?cs var:s.Min ?> – <?cs var:s.Max ?></td></tr>
    <?cs /each ?>
    </tbody>
  </table></div>
</section>
<?cs include:"layout/foot.cs" ?>
