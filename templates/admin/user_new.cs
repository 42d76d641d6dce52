<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Admin.Users.New ?></h1>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <form method="post" action="/admin/users/new">
    <?cs call:csrf() ?>
    <?cs call:input("login", L.Admin.Users.Login, "text", " maxlength='32' required") ?>
    <?cs include:"admin/user_fields.cs" ?>
    <button type="submit" class="primary"><?cs var:L.Admin.Users.Create ?></button>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
