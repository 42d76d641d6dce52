<?cs # The hand-out of one reported request: per row the quantity handed out and, for fixed assets, one
       asset tag per piece; each problem beside its row. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Supplies.HandoutTitle ?> <span class="number"><a href="/requests/<?cs var:Req.Id ?>"><?cs var:Req.Number ?></a></span></h1>
  <dl class="facts">
    <dt><?cs var:L.Request.Requester ?></dt><dd><?cs var:Req.Requester ?> · <?cs var:Req.Dept ?></dd>
    <dt><?cs var:L.Request.Subject ?></dt><dd><?cs var:Req.Title ?></dd>
    <dt><?cs var:L.Request.State ?></dt><dd><?cs var:Req.StateName ?></dd>
    <?cs if:Handout.ReportId ?><dt><?cs var:L.Supplies.Report ?></dt><dd><a href="/supplies/reports/<?cs var:Handout.ReportId ?>"><?cs var:Handout.ReportNo ?></a></dd><?cs /if ?>
  </dl>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <?cs if:Handout.Open ?>
  <p class="hint"><?cs var:L.Supplies.HandoutHint ?></p>
  <form method="post" action="/supplies/<?cs var:Req.Id ?>/handout" id="handout-form">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>">
    <div class="table-wrap"><table class="cards items">
      <thead><tr><th>#</th><th><?cs var:L.Supplies.Name ?></th><th><?cs var:L.Supplies.Spec ?></th><th class="num"><?cs var:L.Supplies.Asked ?></th><th><?cs var:L.Supplies.HandedQty ?></th><?cs if:Handout.Asset ?><th><?cs var:L.Supplies.Tags ?></th><?cs /if ?></tr></thead>
      <tbody>
      <?cs each:l = Lines ?>
        <tr><td data-label="#"><?cs var:l.No ?></td><td data-label="<?cs var:L.Supplies.Name ?>" class="lines"><?cs var:l.Name ?></td><td data-label="<?cs var:L.Supplies.Spec ?>"><?cs var:l.Spec ?></td><td data-label="<?cs var:L.Supplies.Asked ?>" class="num"><?cs var:l.Qty ?> <?cs var:l.Unit ?></td>
          <td data-label="<?cs var:L.Supplies.HandedQty ?>"><input id="handed_<?cs var:l.No ?>" name="handed_<?cs var:l.No ?>" type="number" min="0" max="<?cs var:l.Qty ?>" required value="<?cs var:Form["handed_" + l.No].Value ?>" aria-label="<?cs var:L.Supplies.HandedQty ?> <?cs var:l.No ?>"<?cs if:Form["handed_" + l.No].Error ?> aria-invalid="true" aria-describedby="handed_<?cs var:l.No ?>-error"<?cs /if ?>>
            <?cs call:error("handed_" + l.No) ?><?cs if:!Handout.Asset ?><?cs call:error("tag_" + l.No) ?><?cs /if ?></td>
          <?cs if:Handout.Asset ?><td data-label="<?cs var:L.Supplies.Tags ?>"><input id="tag_<?cs var:l.No ?>" name="tag_<?cs var:l.No ?>" type="text" maxlength="500" value="<?cs var:Form["tag_" + l.No].Value ?>" aria-label="<?cs var:L.Supplies.Tags ?> <?cs var:l.No ?>"<?cs if:Form["tag_" + l.No].Error ?> aria-invalid="true" aria-describedby="tag_<?cs var:l.No ?>-error"<?cs /if ?>>
            <?cs call:error("tag_" + l.No) ?></td><?cs /if ?>
        </tr>
      <?cs /each ?>
      </tbody>
    </table></div>
    <?cs call:input("note", L.Supplies.Note, "text", " maxlength='200'") ?>
    <button type="submit" class="primary"><?cs var:L.Supplies.HandoutRecord ?></button>
  </form>
  <?cs else ?>
  <div class="table-wrap"><table class="cards items">
    <thead><tr><th>#</th><th><?cs var:L.Supplies.Name ?></th><th><?cs var:L.Supplies.Spec ?></th><th class="num"><?cs var:L.Supplies.Asked ?></th><th class="num"><?cs var:L.Supplies.HandedQty ?></th><th><?cs var:L.Supplies.Tags ?></th></tr></thead>
    <tbody><?cs each:l = Lines ?><tr><td data-label="#"><?cs var:l.No ?></td><td data-label="<?cs var:L.Supplies.Name ?>" class="lines"><?cs var:l.Name ?></td><td data-label="<?cs var:L.Supplies.Spec ?>"><?cs var:l.Spec ?></td><td data-label="<?cs var:L.Supplies.Asked ?>" class="num"><?cs var:l.Qty ?> <?cs var:l.Unit ?></td><td data-label="<?cs var:L.Supplies.HandedQty ?>" class="num"><?cs var:l.Handed ?></td><td data-label="<?cs var:L.Supplies.Tags ?>"><?cs var:l.Tags ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <p class="hint" id="handout-state"><?cs if:Handout.Done ?><?cs var:L.Supplies.HandoutDone ?><?cs else ?><?cs var:L.Supplies.HandoutWait ?><?cs /if ?></p>
  <?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
