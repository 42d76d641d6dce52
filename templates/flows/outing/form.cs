<?cs include:"request/form_head.cs" ?>
    <?cs call:input("destination", L.Outing.Destination, "text", " maxlength='200' required") ?>
    <?cs call:textarea("purpose", L.Outing.Purpose) ?>
    <div class="row">
      <div><?cs call:input("from_at", L.Outing.From, "datetime-local", " required") ?></div>
      <div><?cs call:input("to_at", L.Outing.To, "datetime-local", " required") ?></div>
    </div>
    <?cs call:input("companions", L.Outing.Companions, "text", " maxlength='200'") ?>
    <p class="hint"><?cs var:L.Outing.RouteHint ?></p>
<?cs include:"request/form_foot.cs" ?>
