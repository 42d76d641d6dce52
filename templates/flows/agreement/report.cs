<?cs # SP-05's report: received, used and left per agreement over a period; the same as CSV. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Sponsor.ReportTitle ?></h1>
  <form method="get" action="/sponsorship/ledger" class="filter">
    <div class="row">
      <div><label for="from"><?cs var:L.Sponsor.From ?></label><input id="from" name="from" type="date" value="<?cs var:Period.From ?>"></div>
      <div><label for="to"><?cs var:L.Sponsor.To ?></label><input id="to" name="to" type="date" value="<?cs var:Period.To ?>"></div>
    </div>
    <div class="buttons"><button type="submit"><?cs var:L.List.Filter ?></button>
      <a class="button" href="/sponsorship/ledger?from=<?cs var:url_escape(Period.From) ?>&amp;to=<?cs var:url_escape(Period.To) ?>&amp;csv=1"><?cs var:L.List.Csv ?></a></div>
  </form>
  <?cs if:Rows.0.Id ?>
  <div class="table-wrap" tabindex="0"><table id="ledger-report" class="paper">
    <thead><tr><th><?cs var:L.Request.Number ?></th><th><?cs var:L.Sponsor.Merchant ?></th><th><?cs var:L.Request.State ?></th><th><?cs var:L.Sponsor.InMoney ?></th><th><?cs var:L.Sponsor.OutMoney ?></th><th><?cs var:L.Sponsor.LeftMoney ?></th><th><?cs var:L.Sponsor.InGoods ?></th><th><?cs var:L.Sponsor.OutGoods ?></th><th><?cs var:L.Sponsor.LeftGoods ?></th></tr></thead>
    <tbody><?cs each:s = Rows ?><tr><td><a href="/agreements/<?cs var:s.Id ?>/ledger"><?cs var:s.Number ?></a></td><td><?cs var:s.Merchant ?></td><td><?cs var:s.State ?></td><td class="num"><?cs var:s.InMoney ?></td><td class="num"><?cs var:s.OutMoney ?></td><td class="num"><?cs var:s.LeftMoney ?></td><td class="num"><?cs var:s.InGoods ?></td><td class="num"><?cs var:s.OutGoods ?></td><td class="num"><?cs var:s.LeftGoods ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <?cs else ?><p><?cs var:L.Sponsor.NothingYet ?></p><?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
