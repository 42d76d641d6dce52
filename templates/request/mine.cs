<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Mine.Title ?></h1>
  <p class="new-links"><?cs each:t = Types ?><a class="button" href="/new/<?cs var:t.Key ?>"><?cs var:L.Request.NewOf ?><?cs var:t.Name ?></a> <?cs /each ?></p>
  <div class="table-wrap"><table>
    <thead><tr><th><?cs var:L.Request.Number ?></th><th><?cs var:L.Request.Type ?></th><th><?cs var:L.Request.Subject ?></th><th><?cs var:L.Request.State ?></th><th><?cs var:L.Mine.Updated ?></th></tr></thead>
    <tbody>
    <?cs each:q = Rows ?><tr><td><a href="/requests/<?cs var:q.Id ?>"><?cs var:q.Number ?></a></td><td><?cs var:q.Type ?></td><td><?cs var:q.Title ?></td><td><?cs var:q.State ?></td><td><?cs var:q.Updated ?></td></tr>
    <?cs /each ?>
    </tbody>
  </table></div>
  <?cs call:pager("/mine?") ?>
</section>
<?cs include:"layout/foot.cs" ?>
