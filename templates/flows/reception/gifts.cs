<?cs # The gift register (RC-06): search, the list, CSV. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Reception.GiftsTitle ?></h1>
  <form method="get" action="/reception/gifts" class="inline">
    <label for="q"><?cs var:L.Reception.Search ?></label>
    <input id="q" name="q" type="text" maxlength="100" value="<?cs var:Query ?>">
    <?cs if:Request ?><input type="hidden" name="request" value="<?cs var:Request ?>"><?cs /if ?>
    <button type="submit"><?cs var:L.Reception.Show ?></button>
  </form>
  <?cs if:Gifts.0.Number ?>
  <div class="table-wrap"><table id="gifts">
    <thead><tr><th><?cs var:L.Reception.Gift.Number ?></th><th><?cs var:L.Reception.Gift.Direction ?></th><th><?cs var:L.Reception.Gift.What ?></th><th><?cs var:L.Reception.Gift.Party ?></th><th><?cs var:L.Reception.Gift.Value ?></th><th><?cs var:L.Reception.Gift.Handling ?></th><th><?cs var:L.Reception.Gift.By ?></th><th><?cs var:L.Reception.Gift.At ?></th></tr></thead>
    <tbody><?cs each:g = Gifts ?><tr><td><a href="/requests/<?cs var:g.Request ?>"><?cs var:g.Number ?></a></td><td><?cs var:g.Direction ?></td><td><?cs var:g.What ?></td><td><?cs var:g.Party ?></td><td class="num"><?cs var:g.Value ?></td><td><?cs var:g.Handling ?></td><td><?cs var:g.By ?></td><td><?cs var:g.At ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <?cs else ?><p><?cs var:L.Reception.NoGifts ?></p><?cs /if ?>
  <p><a href="/reception/gifts/csv?q=<?cs var:url_escape(Query) ?><?cs if:Request ?>&amp;request=<?cs var:Request ?><?cs /if ?>"><?cs var:L.Reception.Csv ?></a></p>
</section>
<?cs include:"layout/foot.cs" ?>
