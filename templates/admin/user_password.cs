<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card narrow">
  <h1><?cs var:L.Admin.Users.TempTitle ?></h1>
  <p><?cs var:L.Admin.Users.TempHint ?></p>
  <p class="temp-password"><code><?cs var:TempPassword ?></code></p>
  <p><a href="/admin/users/<?cs var:UserId ?>"><?cs var:L.Admin.Users.Back ?></a></p>
</section>
<?cs include:"layout/foot.cs" ?>
