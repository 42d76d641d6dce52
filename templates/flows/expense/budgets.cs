<?cs # Budgets per department x category x period (EX-02): amount, held in approval, firm, paid, left; and setting one. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Expense.BudgetsTitle ?></h1>
  <?cs if:Budgets.0.Dept ?>
  <div class="table-wrap" tabindex="0" role="region" aria-label="<?cs var:L.Expense.BudgetsTitle ?>"><table class="wide" id="budgets">
    <thead><tr><th><?cs var:L.Expense.Dept ?></th><th><?cs var:L.Expense.Category ?></th><th><?cs var:L.Expense.PeriodLabel ?></th><th><?cs var:L.Expense.Budget ?></th><th><?cs var:L.Expense.Tentative ?></th><th><?cs var:L.Expense.Firm ?></th><th><?cs var:L.Expense.Spent ?></th><th><?cs var:L.Expense.Left ?></th></tr></thead>
    <tbody><?cs each:b = Budgets ?><?cs if:b.Dept ?><tr><td><?cs var:b.Dept ?></td><td><?cs var:b.Category ?></td><td><?cs var:b.Period ?> (<?cs var:b.PeriodKind ?>)</td><td class="num"><?cs var:b.Amount ?></td><td class="num"><?cs var:b.Tentative ?></td><td class="num"><?cs var:b.Firm ?></td><td class="num"><?cs var:b.Spent ?></td><td class="num"><?cs var:b.Left ?></td></tr><?cs /if ?><?cs /each ?></tbody>
  </table></div>
  <?cs else ?><p><?cs var:L.Expense.NoBudgets ?></p><?cs /if ?>
</section>
<section class="card">
  <h2><?cs var:L.Expense.SetBudget ?></h2>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <form method="post" action="/expense/budgets">
    <?cs call:csrf() ?>
    <label for="dept_id"><?cs var:L.Expense.Dept ?></label>
    <select id="dept_id" name="dept_id"><?cs each:d = Depts ?><option value="<?cs var:d.Id ?>"<?cs if:Form.dept_id.Value == d.Id ?> selected<?cs /if ?>><?cs var:d.Name ?></option><?cs /each ?></select>
    <?cs call:error("dept_id") ?>
    <label for="category"><?cs var:L.Expense.Category ?></label>
    <select id="category" name="category"><?cs each:c = Cats ?><option value="<?cs var:c.Code ?>"<?cs if:Form.category.Value == c.Code ?> selected<?cs /if ?>><?cs var:c.Name ?></option><?cs /each ?></select>
    <?cs call:error("category") ?>
    <label for="period"><?cs var:L.Expense.PeriodLabel ?></label>
    <select id="period" name="period"><?cs each:p = L.Expense.Period ?><option value="<?cs name:p ?>"<?cs if:Form.period.Value == name(p) ?> selected<?cs /if ?>><?cs var:p ?></option><?cs /each ?></select>
    <?cs call:error("period") ?>
    <?cs call:input("first", L.Expense.PeriodFirst, "date", " required") ?>
    <?cs call:input("amount", L.Expense.Budget, "text", " inputmode='decimal' required") ?>
    <div class="buttons"><button type="submit" class="primary"><?cs var:L.Expense.Save ?></button></div>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
