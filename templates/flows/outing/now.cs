<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Outing.NowTitle ?></h1>
  <p class="hint"><?cs var:L.Outing.AsOf ?> <?cs var:Now ?></p>
  <?cs if:Out.0.Id ?>
  <div class="table-wrap"><table class="cards" id="out-now">
    <thead><tr><th><?cs var:L.Outing.Name ?></th><th><?cs var:L.Outing.Dept ?></th><th><?cs var:L.Outing.Destination ?></th><th><?cs var:L.Outing.Purpose ?></th><th><?cs var:L.Outing.From ?></th><th><?cs var:L.Outing.To ?></th><th><?cs var:L.Outing.Companions ?></th></tr></thead>
    <tbody><?cs each:o = Out ?><tr><td data-label="<?cs var:L.Outing.Name ?>"><a href="/requests/<?cs var:o.Id ?>"><?cs var:o.Name ?></a></td><td data-label="<?cs var:L.Outing.Dept ?>"><?cs var:o.Dept ?></td><td data-label="<?cs var:L.Outing.Destination ?>"><?cs var:o.Destination ?></td><td data-label="<?cs var:L.Outing.Purpose ?>"><?cs var:o.Purpose ?></td><td data-label="<?cs var:L.Outing.From ?>"><?cs var:o.From ?></td><td data-label="<?cs var:L.Outing.To ?>"><?cs var:o.To ?></td><td data-label="<?cs var:L.Outing.Companions ?>"><?cs var:o.Companions ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <?cs else ?><p id="nobody-out"><?cs var:L.Outing.NobodyOut ?></p><?cs /if ?>
  <p><a class="button" href="/new/outing"><?cs var:L.Outing.New ?></a></p>
</section>
<?cs include:"layout/foot.cs" ?>
