<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Salary.Title ?></h1>
  <p class="hint"><?cs var:L.Salary.Hint ?></p>
  <div class="table-wrap"><table class="cards">
    <thead><tr><th><?cs var:L.Admin.Users.Name ?></th><th><?cs var:L.Admin.Users.Dept ?></th><th class="num"><?cs var:L.Salary.Current ?></th><th><?cs var:L.Salary.New ?></th></tr></thead>
    <tbody>
    <?cs each:u = Rows ?><tr><td data-label="<?cs var:L.Admin.Users.Name ?>"><?cs var:u.Name ?> (<?cs var:u.Login ?>)</td><td data-label="<?cs var:L.Admin.Users.Dept ?>"><?cs var:u.Dept ?></td><td data-label="<?cs var:L.Salary.Current ?>" class="num"><?cs var:u.Salary ?></td>
      <td data-label="<?cs var:L.Salary.New ?>"><form method="post" action="/salaries/<?cs var:u.Id ?>" class="inline"><?cs call:csrf() ?>
        <input name="salary" inputmode="decimal" aria-label="<?cs var:L.Salary.New ?> <?cs var:u.Name ?>" required>
        <button type="submit"><?cs var:L.Form.Save ?></button></form></td></tr><?cs /each ?>
    </tbody>
  </table></div>
  <?cs call:pager("/salaries?") ?>
</section>
<?cs include:"layout/foot.cs" ?>
