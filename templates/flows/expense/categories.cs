<?cs # Expense categories: each uses the entertainment or the travel form; an admin adds one or switches it off. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Expense.CategoriesTitle ?></h1>
  <div class="table-wrap"><table id="categories">
    <thead><tr><th><?cs var:L.Expense.Code ?></th><th><?cs var:L.Expense.Category ?></th><th><?cs var:L.Expense.FormLabel ?></th><th><?cs var:L.Expense.Active ?></th></tr></thead>
    <tbody><?cs each:c = Cats ?><tr><td><?cs var:c.Code ?></td><td><?cs var:c.Name ?></td><td><?cs var:c.Form ?></td><td>
      <form method="post" action="/expense/categories/<?cs var:c.Code ?>"><?cs call:csrf() ?>
        <?cs if:c.Active == "1" ?><button type="submit"><?cs var:L.Expense.SwitchOff ?></button><?cs else ?><input type="hidden" name="active" value="1"><button type="submit"><?cs var:L.Expense.SwitchOn ?></button><?cs /if ?>
      </form></td></tr><?cs /each ?></tbody>
  </table></div>
</section>
<section class="card">
  <h2><?cs var:L.Expense.AddCategory ?></h2>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <form method="post" action="/expense/categories">
    <?cs call:csrf() ?>
    <?cs call:input("code", L.Expense.Code, "text", " maxlength='24' required") ?>
    <?cs call:input("name", L.Expense.Category, "text", " maxlength='64' required") ?>
    <?cs call:input("name_en", L.Expense.NameEn, "text", " maxlength='64'") ?>
    <label for="form"><?cs var:L.Expense.FormLabel ?></label>
    <select id="form" name="form"><?cs each:f = L.Expense.Form ?><option value="<?cs name:f ?>"<?cs if:Form.form.Value == name(f) ?> selected<?cs /if ?>><?cs var:f ?></option><?cs /each ?></select>
    <?cs call:error("form") ?>
    <div class="buttons"><button type="submit" class="primary"><?cs var:L.Expense.Save ?></button></div>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
