<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Outing.NowTitle ?></h1>
  <p class="hint"><?cs var:L.Outing.AsOf ?> <?cs var:Now ?></p>
  <?cs if:Out.0.Id ?>
  <div class="table-wrap"><table id="out-now">
    <thead><tr><th><?cs var:L.Outing.Name ?></th><th><?cs var:L.Outing.Dept ?></th><th><?cs var:L.Outing.Destination ?></th><th><?cs var:L.Outing.Purpose ?></th><th><?cs var:L.Outing.From ?></th><th><?cs var:L.Outing.To ?></th><th><?cs var:L.Outing.Companions ?></th></tr></thead>
    <tbody><?cs each:o = Out ?><tr><td><a href="/requests/<?cs var:o.Id ?>"><?cs var:o.Name ?></a></td><td><?cs var:o.Dept ?></td><td><?cs var:o.Destination ?></td><td><?cs var:o.Purpose ?></td><td><?cs var:o.From ?></td><td><?cs var:o.To ?></td><td><?cs var:o.Companions ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <?cs else ?><p id="nobody-out"><?cs var:L.Outing.NobodyOut ?></p><?cs /if ?>
  <p><a class="button" href="/new/outing"><?cs var:L.Outing.New ?></a></p>
</section>
<?cs include:"layout/foot.cs" ?>
