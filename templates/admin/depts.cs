<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Admin.Depts.Title ?></h1>
  <div class="table-wrap"><table class="cards">
    <thead><tr><th><?cs var:L.Admin.Depts.Name ?></th><th><?cs var:L.Admin.Depts.NameEn ?></th><th><?cs var:L.Admin.Depts.Head ?></th><th><?cs var:L.Admin.Depts.Parent ?></th><th class="num"><?cs var:L.Admin.Depts.Members ?></th></tr></thead>
    <tbody>
    <?cs each:d = Depts ?><tr><td data-label="<?cs var:L.Admin.Depts.Name ?>"><a href="/admin/departments/<?cs var:d.Id ?>"><?cs var:d.Name ?></a></td><td data-label="<?cs var:L.Admin.Depts.NameEn ?>"><?cs var:d.NameEn ?></td><td data-label="<?cs var:L.Admin.Depts.Head ?>"><?cs var:d.Head ?></td><td data-label="<?cs var:L.Admin.Depts.Parent ?>"><?cs var:d.Parent ?></td><td data-label="<?cs var:L.Admin.Depts.Members ?>" class="num"><?cs var:d.Members ?></td></tr><?cs /each ?>
    </tbody>
  </table></div>
</section>
<section class="card">
  <h2><?cs var:L.Admin.Depts.New ?></h2>
  <form method="post" action="/admin/departments">
    <?cs call:csrf() ?>
    <?cs include:"admin/dept_fields.cs" ?>
    <button type="submit" class="primary"><?cs var:L.Admin.Depts.Create ?></button>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
