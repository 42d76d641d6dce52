<?cs include:"request/view_head.cs" ?>
    <dt><?cs var:L.Outing.Destination ?></dt><dd><?cs var:Vals.destination ?></dd>
    <dt><?cs var:L.Outing.Purpose ?></dt><dd class="lines"><?cs var:Vals.purpose ?></dd>
    <dt><?cs var:L.Outing.From ?></dt><dd><?cs var:Vals.from_text ?></dd>
    <dt><?cs var:L.Outing.To ?></dt><dd><?cs var:Vals.to_text ?></dd>
    <?cs if:Vals.companions ?><dt><?cs var:L.Outing.Companions ?></dt><dd><?cs var:Vals.companions ?></dd><?cs /if ?>
    <?cs if:Vals.back_text ?><dt><?cs var:L.Outing.Back ?></dt><dd><?cs var:Vals.back_text ?></dd><?cs /if ?>
<?cs if:Can.Cancel && !Vals.back_text ?>
  </dl>
  <form method="post" action="/outing/<?cs var:Req.Id ?>/back" class="task">
    <?cs call:csrf() ?>
    <button type="submit" class="primary"><?cs var:L.Outing.BackButton ?></button>
  </form>
  <dl class="facts">
<?cs /if ?>
<?cs include:"request/view_foot.cs" ?>
