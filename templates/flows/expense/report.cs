<?cs # Spend against budget of a year (EX-02, EX-04): a table, the same as a bar chart in inline SVG (paid, firm, held inside the budget's outline), and CSV. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Expense.ReportTitle ?> · <?cs var:Year ?></h1>
  <form method="get" action="/expense/report" class="filters">
    <label for="year"><?cs var:L.Expense.Year ?></label>
    <input id="year" name="year" type="number" min="2000" max="2100" value="<?cs var:Year ?>">
    <button type="submit"><?cs var:L.Expense.Show ?></button>
    <a class="button" href="/expense/report/csv?year=<?cs var:Year ?>">CSV</a>
  </form>
  <?cs if:Rows.0.Dept ?>
  <div class="table-wrap" tabindex="0" role="region" aria-label="<?cs var:L.Expense.ReportTitle ?>"><table class="wide" id="report">
    <thead><tr><th><?cs var:L.Expense.Dept ?></th><th><?cs var:L.Expense.Category ?></th><th><?cs var:L.Expense.PeriodLabel ?></th><th><?cs var:L.Expense.Budget ?></th><th><?cs var:L.Expense.Tentative ?></th><th><?cs var:L.Expense.Firm ?></th><th><?cs var:L.Expense.Spent ?></th><th><?cs var:L.Expense.Left ?></th></tr></thead>
    <tbody><?cs each:b = Rows ?><tr><td><?cs var:b.Dept ?></td><td><?cs var:b.Category ?></td><td><?cs var:b.Period ?></td><td class="num"><?cs var:b.Budget ?></td><td class="num"><?cs var:b.Held ?></td><td class="num"><?cs var:b.Firm ?></td><td class="num"><?cs var:b.Paid ?></td><td class="num"><?cs var:b.Left ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <h2><?cs var:L.Expense.Chart ?></h2>
  <p class="hint"><?cs var:L.Expense.ChartLegend ?></p>
  <?cs each:b = Rows ?><p class="chart-label"><?cs var:b.Dept ?> · <?cs var:b.Category ?> · <?cs var:b.Period ?></p>
  <svg class="chart" role="img" aria-label="<?cs var:b.Dept ?> <?cs var:b.Category ?> <?cs var:b.Period ?>: <?cs var:L.Expense.Budget ?> <?cs var:b.Budget ?>, <?cs var:L.Expense.Spent ?> <?cs var:b.Paid ?>, <?cs var:L.Expense.Firm ?> <?cs var:b.Firm ?>, <?cs var:L.Expense.Tentative ?> <?cs var:b.Held ?>" width="<?cs var:Chart.Width ?>" height="24" viewBox="0 0 <?cs var:Chart.Width ?> 24">
    <rect x="<?cs var:b.X.Spent ?>" y="2" width="<?cs var:b.W.Spent ?>" height="20" fill="#2e7d32"></rect>
    <rect x="<?cs var:b.X.Firm ?>" y="2" width="<?cs var:b.W.Firm ?>" height="20" fill="#1565c0"></rect>
    <rect x="<?cs var:b.X.Held ?>" y="2" width="<?cs var:b.W.Held ?>" height="20" fill="#f9a825"></rect>
    <rect x="0" y="1" width="<?cs var:b.W.Budget ?>" height="22" fill="none" stroke="#333" stroke-width="2"></rect>
  </svg>
  <?cs /each ?>
  <?cs else ?><p id="report-empty"><?cs var:L.Expense.NoBudgets ?></p><?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
