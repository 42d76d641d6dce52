<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Admin.Depts.Edit ?></h1>
  <form method="post" action="/admin/departments/<?cs var:DeptId ?>">
    <?cs call:csrf() ?>
    <?cs include:"admin/dept_fields.cs" ?>
    <button type="submit" class="primary"><?cs var:L.Form.Save ?></button>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
