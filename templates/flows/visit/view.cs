<?cs # A visit: merchant, day, purpose, who goes; after the visit the report (SP-03), recorded here by the planner. ?>
<?cs include:"request/view_head.cs" ?>
    <dt><?cs var:L.Sponsor.Merchant ?></dt><dd><a href="/merchants/<?cs var:Vals.merchant_id ?>"><?cs var:Vals.merchant ?></a></dd>
    <dt><?cs var:L.Visit.Day ?></dt><dd><?cs var:Vals.visit_on ?></dd>
    <dt><?cs var:L.Visit.Purpose ?></dt><dd class="lines"><?cs var:Vals.purpose ?></dd>
    <dt><?cs var:L.Visit.People ?></dt><dd id="visit-people"><?cs var:Vals.people ?></dd>
    <?cs if:Vals.asked ?><dt><?cs var:L.Visit.Asked ?></dt><dd class="lines" id="visit-asked"><?cs var:Vals.asked ?></dd>
    <dt><?cs var:L.Visit.Discussed ?></dt><dd class="lines"><?cs var:Vals.discussed ?></dd><?cs /if ?>
<?cs if:Can.Task ?>
  </dl>
  <form method="post" action="/requests/<?cs var:Req.Id ?>/task/visit" class="task" id="visit-report">
    <h2><?cs var:L.Visit.ReportTitle ?></h2>
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>">
    <?cs call:textarea("asked", L.Visit.Asked) ?>
    <?cs call:textarea("discussed", L.Visit.Discussed) ?>
    <div class="buttons"><button type="submit" class="primary"><?cs var:L.Visit.Report ?></button></div>
  </form>
  <dl class="facts">
<?cs /if ?>
<?cs include:"request/view_foot.cs" ?>
