<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Inbox.Title ?></h1>
  <div class="table-wrap"><table>
    <thead><tr><th><?cs var:L.Request.Number ?></th><th><?cs var:L.Request.Type ?></th><th><?cs var:L.Request.Subject ?></th><th><?cs var:L.Request.Requester ?></th><th><?cs var:L.Inbox.Since ?></th></tr></thead>
    <tbody>
    <?cs each:q = Rows ?><tr><td><a href="/requests/<?cs var:q.Id ?>"><?cs var:q.Number ?></a></td><td><?cs var:q.Type ?></td><td><?cs var:q.Title ?></td><td><?cs var:q.Requester ?></td><td><?cs var:q.Since ?></td></tr>
    <?cs /each ?>
    </tbody>
  </table></div>
  <?cs if:!Rows.0.Id ?><p class="hint"><?cs var:L.Inbox.Empty ?></p><?cs /if ?>
  <?cs call:pager("/inbox?") ?>
</section>
<?cs include:"layout/foot.cs" ?>
