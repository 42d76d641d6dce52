<?cs # SP-03's year-end count: visits per merchant, per person, per month; the same as CSV. ?>
<?cs include:"layout/head.cs" ?>
<?cs def:counts(rows, head) ?>
  <div class="table-wrap"><table class="cards">
    <thead><tr><th><?cs var:head ?></th><th><?cs var:L.Visit.Visits ?></th></tr></thead>
    <tbody><?cs each:v = rows ?><tr><td data-label="<?cs var:head ?>"><?cs var:v.Label ?></td><td data-label="<?cs var:L.Visit.Visits ?>" class="num"><?cs var:v.Visits ?></td></tr><?cs /each ?></tbody>
  </table></div>
<?cs /def ?>
<section class="card">
  <h1><?cs var:L.Visit.StatsTitle ?> <?cs var:Year ?></h1>
  <form method="get" action="/visits/stats" class="filter">
    <label for="year"><?cs var:L.Visit.Year ?></label><input id="year" name="year" type="number" min="2000" max="2100" value="<?cs var:Year ?>">
    <div class="buttons"><button type="submit"><?cs var:L.List.Filter ?></button>
      <a class="button" href="/visits/stats?year=<?cs var:Year ?>&amp;csv=1"><?cs var:L.List.Csv ?></a></div>
  </form>
  <h2><?cs var:L.Visit.ByMerchant ?></h2><?cs call:counts(ByMerchant, L.Sponsor.Merchant) ?>
  <h2><?cs var:L.Visit.ByPerson ?></h2><?cs call:counts(ByPerson, L.Visit.Person) ?>
  <h2><?cs var:L.Visit.ByMonth ?></h2><?cs call:counts(ByMonth, L.Visit.Month) ?>
</section>
<?cs include:"layout/foot.cs" ?>
