<?cs include:"request/form_head.cs" ?>
    <?cs call:textarea("items", L.Supplies.Items) ?>
    <?cs call:input("quantity", L.Supplies.Quantity, "number", " min='1' max='10000'") ?>
    <?cs call:input("purpose", L.Supplies.Purpose, "text", " maxlength='200'") ?>
    <p class="hint"><?cs var:L.Supplies.RouteHint ?></p>
<?cs include:"request/form_foot.cs" ?>
