<?cs include:"layout/head.cs" ?>
<section class="card narrow">
  <h1><?cs var:L.Account.Password ?></h1>
  <form method="post" action="/account/password">
    <?cs call:csrf() ?>
    <?cs call:password("current", L.Account.Current) ?>
    <?cs call:password("new_password", L.Account.New) ?>
    <p class="hint"><?cs var:L.Account.PolicyHint ?></p>
    <?cs call:password("confirm", L.Account.Confirm) ?>
    <button type="submit" class="primary"><?cs var:L.Form.Save ?></button>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
