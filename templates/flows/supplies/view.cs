<?cs include:"request/view_head.cs" ?>
    <dt><?cs var:L.Supplies.Items ?></dt><dd class="lines"><?cs var:Vals.items ?></dd>
    <dt><?cs var:L.Supplies.Quantity ?></dt><dd><?cs var:Vals.quantity ?></dd>
    <dt><?cs var:L.Supplies.Purpose ?></dt><dd><?cs var:Vals.purpose ?></dd>
    <?cs if:Vals.handed_out ?><dt><?cs var:L.Supplies.HandedOut ?></dt><dd><?cs var:Vals.handed_out ?></dd><?cs /if ?>
<?cs if:Can.Task ?>
  </dl>
  <form method="post" action="/requests/<?cs var:Req.Id ?>/task/supplies" class="task">
    <h2><?cs var:L.Supplies.TaskTitle ?></h2>
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>">
    <?cs call:input("handed_out", L.Supplies.HandedOut, "text", " maxlength='200' required") ?>
    <button type="submit" class="primary"><?cs var:L.Supplies.Record ?></button>
  </form>
  <dl class="facts">
<?cs /if ?>
<?cs include:"request/view_foot.cs" ?>
