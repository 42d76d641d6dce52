<?cs # One consolidated report's two tables: the totals per item, then every row of every request (a request's
       first row carries the request over its rows).  hand: link each request to its hand-out. ?>
<?cs def:report_tables(hand) ?>
  <h2><?cs var:L.Supplies.TotalsTitle ?></h2>
  <div class="table-wrap" tabindex="0"><table class="paper" id="totals">
    <thead><tr><th>#</th><th><?cs var:L.Supplies.Kind.Label ?></th><th><?cs var:L.Supplies.Name ?></th><th><?cs var:L.Supplies.Spec ?></th><th><?cs var:L.Supplies.Unit ?></th><th class="num"><?cs var:L.Supplies.TotalQty ?></th><th class="num"><?cs var:L.Supplies.Requests ?></th><th class="num"><?cs var:L.Supplies.HandedQty ?></th></tr></thead>
    <tbody>
    <?cs each:t = Totals ?><tr><td><?cs var:t.Seq ?></td><td class="short"><?cs var:t.Kind ?></td><td class="lines"><?cs var:t.Name ?></td><td class="short"><?cs var:t.Spec ?></td><td><?cs var:t.Unit ?></td><td class="num"><?cs var:t.Qty ?></td><td class="num"><?cs var:t.Requests ?></td><td class="num"><?cs var:t.Handed ?></td></tr><?cs /each ?>
    </tbody>
  </table></div>
  <h2><?cs var:L.Supplies.LinesTitle ?></h2>
  <div class="table-wrap" tabindex="0"><table class="paper" id="lines">
    <thead><tr><th><?cs var:L.Request.Number ?></th><th><?cs var:L.Request.Requester ?></th><th><?cs var:L.Supplies.Kind.Label ?></th><th><?cs var:L.Supplies.Purpose ?></th><th>#</th><th><?cs var:L.Supplies.Name ?></th><th><?cs var:L.Supplies.Spec ?></th><th class="num"><?cs var:L.Supplies.Qty ?></th><th><?cs var:L.Supplies.Unit ?></th><th class="num"><?cs var:L.Supplies.HandedQty ?></th><th><?cs var:L.Supplies.Tags ?></th></tr></thead>
    <tbody>
    <?cs each:l = Lines ?>
      <tr<?cs if:l.First ?> id="req-<?cs var:l.ReqId ?>"<?cs /if ?>>
      <?cs if:l.First ?>
        <td rowspan="<?cs var:l.Span ?>"><a href="/requests/<?cs var:l.ReqId ?>"><?cs var:l.Number ?></a><br><span class="hint"><?cs var:l.StateName ?></span>
          <?cs if:hand && Report.State == "sent" && l.State == "approved" ?><br><a class="button primary no-print" href="/supplies/<?cs var:l.ReqId ?>/handout"><?cs var:L.Supplies.Handout ?></a><?cs /if ?></td>
        <td rowspan="<?cs var:l.Span ?>" class="short"><?cs var:l.Requester ?> · <span class="hint"><?cs var:l.Dept ?></span></td>
        <td rowspan="<?cs var:l.Span ?>" class="short"><?cs var:l.Kind ?></td>
        <td rowspan="<?cs var:l.Span ?>"><?cs var:l.Purpose ?><?cs if:l.Note ?><br><span class="hint"><?cs var:L.Supplies.Note ?>: <?cs var:l.Note ?></span><?cs /if ?></td>
      <?cs /if ?>
        <td><?cs var:l.No ?></td><td class="lines"><?cs var:l.Name ?></td><td class="short"><?cs var:l.Spec ?></td><td class="num"><?cs var:l.Qty ?></td><td><?cs var:l.Unit ?></td><td class="num"><?cs var:l.Handed ?></td><td><?cs var:l.Tags ?></td>
      </tr>
    <?cs /each ?>
    </tbody>
  </table></div>
<?cs /def ?>
