<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Admin.Audit.Verify ?></h1>
  <?cs if:Verify.Bad != "0" ?>
  <p class="alert" role="alert"><?cs var:L.Admin.Audit.Broken ?> #<?cs var:Verify.Bad ?></p>
  <?cs else ?>
  <p class="notice"><?cs var:L.Admin.Audit.Intact ?></p>
  <?cs /if ?>
  <p><?cs var:L.Admin.Audit.Checked ?> <?cs var:Verify.Checked ?></p>
</section>
<?cs include:"layout/foot.cs" ?>
