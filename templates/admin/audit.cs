<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Admin.Audit.Title ?></h1>
  <form method="get" action="/admin/audit" class="filters">
    <div><label for="user"><?cs var:L.Admin.Audit.Actor ?></label>
      <select id="user" name="user"><option value="0"><?cs var:L.List.All ?></option>
      <?cs each:u = Roster ?><option value="<?cs var:u.Id ?>"<?cs if:Form.user.Value == u.Id ?> selected<?cs /if ?>><?cs var:u.Name ?></option><?cs /each ?></select></div>
    <div><label for="action"><?cs var:L.Admin.Audit.Action ?></label><input id="action" name="action" value="<?cs var:Form.action.Value ?>"><?cs call:error("action") ?></div>
    <div><label for="otype"><?cs var:L.Admin.Audit.ObjectType ?></label><input id="otype" name="otype" value="<?cs var:Form.otype.Value ?>"></div>
    <div><label for="oid"><?cs var:L.Admin.Audit.ObjectId ?></label><input id="oid" name="oid" value="<?cs var:Form.oid.Value ?>"><?cs call:error("oid") ?></div>
    <div><label for="from"><?cs var:L.Admin.Audit.From ?></label><input id="from" name="from" type="date" value="<?cs var:Form.from.Value ?>"><?cs call:error("from") ?></div>
    <div><label for="to"><?cs var:L.Admin.Audit.To ?></label><input id="to" name="to" type="date" value="<?cs var:Form.to.Value ?>"><?cs call:error("to") ?></div>
    <button type="submit"><?cs var:L.List.Filter ?></button>
  </form>
  <p><a href="/admin/audit.csv?<?cs var:Query ?>"><?cs var:L.List.Csv ?></a> · <a href="/admin/audit/verify"><?cs var:L.Admin.Audit.Verify ?></a></p>
  <div class="table-wrap"><table class="cards">
    <thead><tr><th>#</th><th><?cs var:L.Admin.Audit.At ?></th><th><?cs var:L.Admin.Audit.Actor ?></th><th><?cs var:L.Admin.Audit.Action ?></th><th><?cs var:L.Admin.Audit.Object ?></th><th><?cs var:L.Admin.Audit.Detail ?></th><th><?cs var:L.Admin.Audit.Ip ?></th><th><?cs var:L.Admin.Audit.Via ?></th></tr></thead>
    <tbody>
    <?cs each:a = Rows ?><tr><td data-label="#"><?cs var:a.Id ?></td><td data-label="<?cs var:L.Admin.Audit.At ?>"><?cs var:a.At ?></td><td data-label="<?cs var:L.Admin.Audit.Actor ?>"><?cs var:a.Actor ?></td><td data-label="<?cs var:L.Admin.Audit.Action ?>"><?cs var:a.Action ?></td><td data-label="<?cs var:L.Admin.Audit.Object ?>"><?cs var:a.ObjectType ?> <?cs var:a.ObjectId ?></td><td data-label="<?cs var:L.Admin.Audit.Detail ?>"><?cs var:a.Detail ?></td><td data-label="<?cs var:L.Admin.Audit.Ip ?>"><?cs var:a.Ip ?></td><td data-label="<?cs var:L.Admin.Audit.Via ?>"><?cs var:a.Via ?></td></tr><?cs /each ?>
    </tbody>
  </table></div>
  <?cs call:pager("/admin/audit?user=" + url_escape(Form.user.Value) + "&action=" + url_escape(Form.action.Value) + "&otype=" + url_escape(Form.otype.Value) + "&oid=" + url_escape(Form.oid.Value) + "&from=" + url_escape(Form.from.Value) + "&to=" + url_escape(Form.to.Value) + "&") ?>
</section>
<?cs include:"layout/foot.cs" ?>
