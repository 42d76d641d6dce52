<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:Type.Name ?></h1>
  <?cs if:Form.Refused ?><p class="alert" role="alert"><?cs var:Form.Refused ?></p><?cs /if ?>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <?cs if:Edit.Id ?>
  <form method="post" action="/requests/<?cs var:Edit.Id ?>/edit/<?cs var:Type.Key ?>" enctype="multipart/form-data">
    <input type="hidden" name="version" value="<?cs var:Edit.Version ?>">
  <?cs else ?>
  <form method="post" action="/new/<?cs var:Type.Key ?>" enctype="multipart/form-data">
  <?cs /if ?>
    <?cs call:csrf() ?>
    <?cs if:FileFor ?>
    <label for="on_behalf_of"><?cs var:L.Request.OnBehalf ?></label>
    <select id="on_behalf_of" name="on_behalf_of"><option value="0"><?cs var:L.Request.Myself ?></option>
      <?cs each:u = Roster ?><option value="<?cs var:u.Id ?>"<?cs if:Form.on_behalf_of.Value == u.Id ?> selected<?cs /if ?>><?cs var:u.Name ?> (<?cs var:u.Login ?>)</option><?cs /each ?>
    </select>
    <?cs call:error("on_behalf_of") ?>
    <?cs /if ?>
