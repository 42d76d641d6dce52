<?cs include:"layout/head.cs" ?>
<section class="card error">
  <h1><?cs var:Page.Title ?></h1>
  <p><?cs var:Error.Text ?></p>
  <p><a href="/"><?cs var:L.Error.Back ?></a></p>
</section>
<?cs include:"layout/foot.cs" ?>
