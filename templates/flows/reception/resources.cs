<?cs # Rooms and cars (RC-05): the list and a new one, for admins and the general office. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Reception.ResourcesTitle ?></h1>
  <div class="table-wrap"><table id="resources">
    <thead><tr><th><?cs var:L.Reception.ResKind ?></th><th><?cs var:L.Reception.ResName ?></th><th><?cs var:L.Reception.Seats ?></th><th><?cs var:L.Reception.Driver ?></th><th><?cs var:L.Reception.InUse ?></th></tr></thead>
    <tbody><?cs each:x = Res ?><tr><td><?cs var:x.Kind ?></td><td><?cs var:x.Name ?></td><td class="num"><?cs var:x.Seats ?></td><td><?cs var:x.Driver ?></td>
      <td><form method="post" action="/resources/admin/<?cs var:x.Id ?>/active" class="inline"><?cs call:csrf() ?>
        <?cs if:x.Active == "1" ?><?cs var:L.Reception.Active ?> <button type="submit"><?cs var:L.Reception.TakeOff ?></button>
        <?cs else ?><?cs var:L.Reception.Inactive ?> <input type="hidden" name="active" value="1"><button type="submit"><?cs var:L.Reception.PutOn ?></button><?cs /if ?></form></td></tr><?cs /each ?></tbody>
  </table></div>
  <p><a href="/resources"><?cs var:L.Reception.WeekTitle ?></a></p>
</section>
<section class="card">
  <h2><?cs var:L.Reception.ResAdd ?></h2>
  <form method="post" action="/resources/admin">
    <?cs call:csrf() ?>
    <label for="kind"><?cs var:L.Reception.ResKind ?></label>
    <select id="kind" name="kind"><?cs each:k = L.Reception.Kind ?><option value="<?cs name:k ?>"<?cs if:Form.kind.Value == name(k) ?> selected<?cs /if ?>><?cs var:k ?></option><?cs /each ?></select>
    <?cs call:error("kind") ?>
    <?cs call:input("name", L.Reception.ResName, "text", " maxlength='40' required") ?>
    <?cs call:input("seats", L.Reception.Seats, "number", " min='1' required") ?>
    <?cs call:input("driver", L.Reception.Driver, "text", " maxlength='20'") ?>
    <button type="submit" class="primary"><?cs var:L.Reception.ResSave ?></button>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
