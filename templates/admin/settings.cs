<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Admin.Settings.Title ?></h1>
  <p class="hint"><?cs var:L.Admin.Settings.Hint ?></p>
  <ul class="settings">
  <?cs each:s = Settings ?>
    <li class="setting-row" id="setting-<?cs var:s.Name ?>">
      <form method="post" action="/admin/settings" class="setting">
        <?cs call:csrf() ?><input type="hidden" name="name" value="<?cs var:s.Name ?>">
        <label for="v-<?cs var:s.Name ?>"><?cs var:s.Label ?></label>
        <?cs if:s.Hint ?><p class="hint" id="h-<?cs var:s.Name ?>"><?cs var:s.Hint ?></p><?cs /if ?>
        <span class="value">
        <?cs if:s.Kind == "bool" ?>
          <select id="v-<?cs var:s.Name ?>" name="value" aria-describedby="h-<?cs var:s.Name ?>">
            <option value="1"<?cs if:s.Value == "1" ?> selected<?cs /if ?>><?cs var:L.Admin.Settings.Yes ?></option>
            <option value="0"<?cs if:s.Value == "0" ?> selected<?cs /if ?>><?cs var:L.Admin.Settings.No ?></option>
          </select>
        <?cs else ?>
          <input id="v-<?cs var:s.Name ?>" name="value" value="<?cs var:s.Value ?>" size="10" aria-describedby="h-<?cs var:s.Name ?>"
            inputmode="<?cs if:s.Kind == "fen" || s.Kind == "bp" ?>decimal<?cs elif:s.Kind == "clock" ?>text<?cs else ?>numeric<?cs /if ?>"<?cs if:s.Kind == "clock" ?> placeholder="08:50" pattern="[0-9]{1,2}:[0-9]{2}"<?cs /if ?>>
          <?cs var:s.Unit ?>
        <?cs /if ?>
        <button type="submit"><?cs var:L.Form.Save ?></button>
        </span>
        <?cs if:s.Error ?><span class="field-error" role="alert"><?cs var:s.Error ?></span><?cs /if ?>
        <?cs if:s.Kind != "bool" ?><small class="hint"><?cs var:L.Admin.Settings.Range ?> <?cs var:s.Min ?> – <?cs var:s.Max ?> <?cs var:s.Unit ?></small><?cs /if ?>
      </form>
    </li>
  <?cs /each ?>
  </ul>
</section>
<?cs include:"layout/foot.cs" ?>
