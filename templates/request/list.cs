<?cs include:"layout/head.cs" ?>
<nav class="subnav" aria-label="<?cs var:L.Lists.Label ?>">
  <a href="/lists/inbox"<?cs if:List.Name == "inbox" ?> aria-current="page"<?cs /if ?>><?cs var:L.Inbox.Title ?></a>
  <a href="/lists/done"<?cs if:List.Name == "done" ?> aria-current="page"<?cs /if ?>><?cs var:L.Lists.Done ?></a>
  <a href="/lists/mine"<?cs if:List.Name == "mine" ?> aria-current="page"<?cs /if ?>><?cs var:L.Mine.Title ?></a>
  <a href="/lists/cc"<?cs if:List.Name == "cc" ?> aria-current="page"<?cs /if ?>><?cs var:L.Lists.Cc ?></a>
</nav>
<section class="card">
  <h1><?cs var:List.Title ?></h1>
  <?cs if:List.Name == "mine" ?><p class="new-links"><?cs each:t = Types ?><?cs if:t.Fileable ?><a class="button" href="/new/<?cs var:t.Key ?>"><?cs var:L.Request.NewOf ?><?cs var:t.Name ?></a> <?cs /if ?><?cs /each ?></p><?cs /if ?>
  <form method="get" action="/lists/<?cs var:List.Name ?>" class="filters">
    <div><label for="type"><?cs var:L.Request.Type ?></label>
      <select id="type" name="type"><option value=""><?cs var:L.List.All ?></option>
      <?cs each:t = Types ?><option value="<?cs var:t.Key ?>"<?cs if:Form.type.Value == t.Key ?> selected<?cs /if ?>><?cs var:t.Name ?></option><?cs /each ?></select></div>
    <div><label for="state"><?cs var:L.Request.State ?></label>
      <select id="state" name="state"><option value=""><?cs var:L.List.All ?></option>
      <?cs each:s = L.State ?><option value="<?cs name:s ?>"<?cs if:Form.state.Value == name(s) ?> selected<?cs /if ?>><?cs var:s ?></option><?cs /each ?></select></div>
    <div><label for="from"><?cs var:L.Lists.From ?></label><input id="from" name="from" type="date" value="<?cs var:Form.from.Value ?>"><?cs call:error("from") ?></div>
    <div><label for="to"><?cs var:L.Lists.To ?></label><input id="to" name="to" type="date" value="<?cs var:Form.to.Value ?>"><?cs call:error("to") ?></div>
    <div><label for="q"><?cs var:L.Lists.Search ?></label><input id="q" name="q" value="<?cs var:Form.q.Value ?>"><?cs call:error("q") ?></div>
    <button type="submit"><?cs var:L.List.Filter ?></button>
  </form>
  <p><a href="/lists/<?cs var:List.Name ?>/csv?type=<?cs var:url_escape(Form.type.Value) ?>&amp;state=<?cs var:url_escape(Form.state.Value) ?>&amp;from=<?cs var:url_escape(Form.from.Value) ?>&amp;to=<?cs var:url_escape(Form.to.Value) ?>&amp;q=<?cs var:url_escape(Form.q.Value) ?>"><?cs var:L.List.Csv ?></a></p>
  <?cs if:List.Bulk ?><form method="post" action="/lists/inbox/bulk" id="bulk"><?cs call:csrf() ?><?cs /if ?>
  <div class="table-wrap"><table class="cards">
    <thead><tr><?cs if:List.Bulk ?><th><?cs var:L.Bulk.Pick ?></th><?cs /if ?><th><?cs var:L.Request.Number ?></th><th><?cs var:L.Request.Type ?></th><th><?cs var:L.Request.Subject ?></th><th><?cs var:L.Request.Requester ?></th><th><?cs var:L.Request.State ?></th><th><?cs var:List.TimeHead ?></th></tr></thead>
    <tbody>
    <?cs each:q = Rows ?><tr>
      <?cs if:List.Bulk ?><td class="pick" data-label="<?cs var:L.Bulk.Pick ?>"><?cs if:q.Bulk ?><input type="checkbox" name="pick" value="<?cs var:q.Id ?>:<?cs var:q.Version ?>" aria-label="<?cs var:q.Number ?>"><?cs /if ?></td><?cs /if ?>
      <td data-label="<?cs var:L.Request.Number ?>"><a href="/requests/<?cs var:q.Id ?>"><?cs var:q.Number ?></a></td><td data-label="<?cs var:L.Request.Type ?>"><?cs var:q.Type ?></td><td data-label="<?cs var:L.Request.Subject ?>"><?cs var:q.Title ?></td><td data-label="<?cs var:L.Request.Requester ?>"><?cs var:q.Requester ?></td><td data-label="<?cs var:L.Request.State ?>"><span class="chip state-<?cs var:q.StateKey ?>"><?cs var:q.State ?></span></td><td data-label="<?cs var:List.TimeHead ?>"><?cs var:q.At ?></td></tr>
    <?cs /each ?>
    </tbody>
  </table></div>
  <?cs if:!Rows.0.Id ?><p class="hint"><?cs var:L.Lists.Empty ?></p><?cs /if ?>
  <?cs if:List.Bulk && Rows.0.Id ?>
    <label class="check"><input type="checkbox" name="confirm" value="1" required> <?cs var:L.Bulk.Confirm ?></label>
    <button type="submit" class="primary"><?cs var:L.Bulk.Approve ?></button>
  <?cs /if ?>
  <?cs if:List.Bulk ?></form><?cs /if ?>
  <?cs call:pager("/lists/" + List.Name + "?type=" + url_escape(Form.type.Value) + "&state=" + url_escape(Form.state.Value) + "&from=" + url_escape(Form.from.Value) + "&to=" + url_escape(Form.to.Value) + "&q=" + url_escape(Form.q.Value) + "&") ?>
</section>
<?cs include:"layout/foot.cs" ?>
