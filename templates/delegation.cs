<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Deleg.Title ?></h1>
  <p class="hint"><?cs var:L.Deleg.Hint ?></p>
  <div class="table-wrap"><table class="cards">
    <thead><tr><th><?cs var:L.Deleg.Deputy ?></th><th><?cs var:L.Deleg.From ?></th><th><?cs var:L.Deleg.To ?></th><th></th></tr></thead>
    <tbody>
    <?cs each:d = Delegations ?><tr><td data-label="<?cs var:L.Deleg.Deputy ?>"><?cs var:d.Deputy ?></td><td data-label="<?cs var:L.Deleg.From ?>"><?cs var:d.From ?></td><td data-label="<?cs var:L.Deleg.To ?>"><?cs var:d.To ?></td>
      <td data-label=""><form method="post" action="/account/delegation/<?cs var:d.Id ?>/end" class="inline"><?cs call:csrf() ?><button type="submit"><?cs var:L.Deleg.End ?></button></form></td></tr><?cs /each ?>
    </tbody>
  </table></div>
  <h2><?cs var:L.Deleg.New ?></h2>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <form method="post" action="/account/delegation">
    <?cs call:csrf() ?>
    <label for="deputy_id"><?cs var:L.Deleg.Deputy ?></label>
    <select id="deputy_id" name="deputy_id">
      <?cs each:u = Roster ?><option value="<?cs var:u.Id ?>"<?cs if:Form.deputy_id.Value == u.Id ?> selected<?cs /if ?>><?cs var:u.Name ?> (<?cs var:u.Login ?>)</option><?cs /each ?>
    </select>
    <?cs call:error("deputy_id") ?>
    <?cs call:input("from", L.Deleg.From, "date", "") ?>
    <?cs call:input("to", L.Deleg.To, "date", "") ?>
    <button type="submit" class="primary"><?cs var:L.Form.Save ?></button>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
