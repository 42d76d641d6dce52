<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Home.Welcome ?><?cs var:User.Name ?></h1>
  <p><?cs var:L.Home.Intro ?></p>
</section>
<?cs include:"layout/foot.cs" ?>
