<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Notice.Title ?></h1>
  <form method="post" action="/notifications/read-all"><?cs call:csrf() ?><button type="submit"><?cs var:L.Notice.ReadAll ?></button></form>
  <ul class="notices">
  <?cs each:n = Notes ?>
    <li class="<?cs if:n.Unread == "1" ?>unread<?cs /if ?>">
      <form method="post" action="/notifications/<?cs var:n.Id ?>/open" class="inline"><?cs call:csrf() ?>
        <button type="submit" class="link"><?cs var:n.Kind ?>: <?cs var:n.Text ?></button></form>
      <span class="hint"><?cs var:n.At ?></span>
    </li>
  <?cs /each ?>
  </ul>
  <?cs if:!Notes.0.Id ?><p class="hint"><?cs var:L.Notice.Empty ?></p><?cs /if ?>
  <?cs call:pager("/notifications?") ?>
</section>
<?cs include:"layout/foot.cs" ?>
