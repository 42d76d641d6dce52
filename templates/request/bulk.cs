<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Bulk.Title ?></h1>
  <ul class="results">
  <?cs each:x = Results ?><li class="<?cs if:x.Ok == "1" ?>ok<?cs else ?>failed<?cs /if ?>"><a href="/requests/<?cs var:x.Id ?>">#<?cs var:x.Id ?></a>: <?cs var:x.Text ?></li><?cs /each ?>
  </ul>
  <p><a href="/lists/inbox"><?cs var:L.Inbox.Title ?></a></p>
</section>
<?cs include:"layout/foot.cs" ?>
