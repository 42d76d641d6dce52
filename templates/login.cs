<?cs include:"layout/head.cs" ?>
<section class="card narrow">
  <h1><?cs var:L.Login.Title ?></h1>
  <?cs if:Login.Error ?><p class="alert" role="alert"><?cs var:Login.Error ?></p><?cs /if ?>
  <form method="post" action="/login" novalidate>
    <input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
    <input type="hidden" name="next" value="<?cs var:Next ?>">
    <label for="login"><?cs var:L.Login.Name ?></label>
    <input id="login" name="login" autocomplete="username" maxlength="64" required value="<?cs var:Form.login.Value ?>">
    <?cs if:Form.login.Error ?><span class="field-error"><?cs var:Form.login.Error ?></span><?cs /if ?>
    <label for="password"><?cs var:L.Login.Password ?></label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
    <?cs if:Form.password.Error ?><span class="field-error"><?cs var:Form.password.Error ?></span><?cs /if ?>
    <button type="submit" class="primary"><?cs var:L.Login.Submit ?></button>
  </form>
  <?cs if:Demo ?><p class="hint"><?cs var:L.Login.DemoHint ?></p><?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
