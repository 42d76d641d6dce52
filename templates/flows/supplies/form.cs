<?cs # The supplies form (OS-01): its kind, the item rows (name, specification, quantity, unit) each with its
       own errors beside it, more rows without script, and the purpose. ?>
<?cs include:"request/form_head.cs" ?>
<?cs def:cell(f, label, type, attrs) ?>
<input id="<?cs var:f ?>" name="<?cs var:f ?>" type="<?cs var:type ?>" value="<?cs var:Form[f].Value ?>" aria-label="<?cs var:label ?>"<?cs if:Form[f].Error ?> aria-invalid="true" aria-describedby="<?cs var:f ?>-error"<?cs /if ?><?cs uvar:attrs ?>>
<?cs call:error(f) ?>
<?cs /def ?>
    <fieldset class="kind">
      <legend><?cs var:L.Supplies.Kind.Label ?></legend>
      <label class="check"><input type="radio" name="kind" value="supplies"<?cs if:Form.kind.Value != "asset" ?> checked<?cs /if ?>> <?cs var:L.Supplies.Kind.supplies ?></label>
      <label class="check"><input type="radio" name="kind" value="asset"<?cs if:Form.kind.Value == "asset" ?> checked<?cs /if ?>> <?cs var:L.Supplies.Kind.asset ?></label>
      <?cs call:error("kind") ?>
    </fieldset>
    <p class="hint"><?cs var:L.Supplies.KindHint ?></p>
    <h2 id="items"><?cs var:L.Supplies.Items ?></h2>
    <p class="hint"><?cs var:L.Supplies.RowsHint ?></p>
    <div class="table-wrap"><table class="items">
      <thead><tr><th>#</th><th><?cs var:L.Supplies.Name ?></th><th><?cs var:L.Supplies.Spec ?></th><th><?cs var:L.Supplies.Qty ?></th><th><?cs var:L.Supplies.Unit ?></th></tr></thead>
      <tbody>
      <?cs loop:i = 1, #Rows.Shown, 1 ?>
        <tr id="row-<?cs var:i ?>"><td><?cs var:i ?></td>
          <td><?cs call:cell("name_" + i, L.Supplies.Row + i + L.Supplies.RowSuffix + " " + L.Supplies.Name, "text", " maxlength='50'") ?></td>
          <td><?cs call:cell("spec_" + i, L.Supplies.Row + i + L.Supplies.RowSuffix + " " + L.Supplies.Spec, "text", " maxlength='100'") ?></td>
          <td><?cs call:cell("qty_" + i, L.Supplies.Row + i + L.Supplies.RowSuffix + " " + L.Supplies.Qty, "number", " min='1' max='99999'") ?></td>
          <td><?cs call:cell("unit_" + i, L.Supplies.Row + i + L.Supplies.RowSuffix + " " + L.Supplies.Unit, "text", " maxlength='10'") ?></td>
        </tr>
      <?cs /loop ?>
      </tbody>
    </table></div>
    <?cs call:error("items") ?>
    <?cs if:!Edit.Id && #Rows.Shown < #Rows.Max ?>
    <button type="submit" formaction="/new/supplies/check" formnovalidate name="rows" value="<?cs var:Rows.More ?>"><?cs var:L.Supplies.MoreRows ?></button>
    <?cs /if ?>
    <?cs call:input("purpose", L.Supplies.Purpose, "text", " maxlength='200' required") ?>
    <p class="hint"><?cs var:L.Supplies.RouteHint ?></p>
<?cs include:"request/form_foot.cs" ?>
