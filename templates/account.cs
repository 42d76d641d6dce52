<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Account.Title ?></h1>
  <p><?cs var:User.Name ?> (<?cs var:User.Login ?>)</p>
  <p class="hint"><?cs var:L.Admin.Users.Salary ?>: <?cs var:Account.Salary ?></p>
  <form method="post" action="/account">
    <?cs call:csrf() ?>
    <?cs call:input("email", L.Account.Email, "email", "") ?>
    <label for="lang"><?cs var:L.Account.Lang ?></label>
    <select id="lang" name="lang">
      <option value="zh-CN"<?cs if:Form.lang.Value == "zh-CN" ?> selected<?cs /if ?>>简体中文</option>
      <option value="en"<?cs if:Form.lang.Value == "en" ?> selected<?cs /if ?>>English</option>
    </select>
    <?cs call:error("lang") ?>
    <button type="submit" class="primary"><?cs var:L.Form.Save ?></button>
  </form>
  <p><a href="/account/password"><?cs var:L.Account.Password ?></a> · <a href="/account/delegation"><?cs var:L.Deleg.Title ?></a></p>
</section>
<section class="card">
  <h2><?cs var:L.Account.Logins ?></h2>
  <div class="table-wrap"><table class="cards">
    <thead><tr><th><?cs var:L.Account.LoginAt ?></th><th><?cs var:L.Account.LoginResult ?></th><th><?cs var:L.Account.LoginIp ?></th></tr></thead>
    <tbody>
    <?cs each:l = Logins ?><tr><td data-label="<?cs var:L.Account.LoginAt ?>"><?cs var:l.At ?></td><td data-label="<?cs var:L.Account.LoginResult ?>"><?cs if:l.Ok == "1" ?><?cs var:L.Account.LoginOk ?><?cs else ?><?cs var:L.Account.LoginFail ?><?cs /if ?></td><td data-label="<?cs var:L.Account.LoginIp ?>"><?cs var:l.Ip ?></td></tr><?cs /each ?>
    </tbody>
  </table></div>
</section>
<?cs include:"layout/foot.cs" ?>
