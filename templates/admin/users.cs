<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Admin.Users.Title ?></h1>
  <form method="get" action="/admin/users" class="filters">
    <div><label for="q"><?cs var:L.Admin.Users.Search ?></label><input id="q" name="q" value="<?cs var:Form.q.Value ?>"></div>
    <div><label for="dept"><?cs var:L.Admin.Users.Dept ?></label>
    <select id="dept" name="dept"><option value="0"><?cs var:L.List.All ?></option>
      <?cs each:d = Depts ?><option value="<?cs var:d.Id ?>"<?cs if:Form.dept.Value == d.Id ?> selected<?cs /if ?>><?cs var:d.Name ?></option><?cs /each ?>
    </select></div>
    <button type="submit"><?cs var:L.List.Filter ?></button>
  </form>
  <p><a class="button primary" href="/admin/users/new"><?cs var:L.Admin.Users.New ?></a></p>
  <div class="table-wrap"><table class="cards">
    <thead><tr><th><?cs var:L.Admin.Users.Login ?></th><th><?cs var:L.Admin.Users.Name ?></th><th><?cs var:L.Admin.Users.Dept ?></th><th><?cs var:L.Admin.Users.Superior ?></th><th><?cs var:L.Admin.Users.Status ?></th></tr></thead>
    <tbody>
    <?cs each:u = Rows ?>
    <tr><td data-label="<?cs var:L.Admin.Users.Login ?>"><a href="/admin/users/<?cs var:u.Id ?>"><?cs var:u.Login ?></a></td><td data-label="<?cs var:L.Admin.Users.Name ?>"><?cs var:u.Name ?></td><td data-label="<?cs var:L.Admin.Users.Dept ?>"><?cs var:u.Dept ?></td><td data-label="<?cs var:L.Admin.Users.Superior ?>"><?cs var:u.Superior ?></td>
      <td data-label="<?cs var:L.Admin.Users.Status ?>"><?cs if:u.Active == "1" ?><?cs var:L.Admin.Users.Active ?><?cs else ?><?cs var:L.Admin.Users.Inactive ?><?cs /if ?></td></tr>
    <?cs /each ?>
    </tbody>
  </table></div>
  <?cs call:pager("/admin/users?q=" + url_escape(Form.q.Value) + "&dept=" + url_escape(Form.dept.Value) + "&") ?>
</section>
<?cs include:"layout/foot.cs" ?>
