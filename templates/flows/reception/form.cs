<?cs # The reception booking (RC-01..RC-05): the class explained in the policy's own words and who decides it,
       the guests, the stay, the plan with its room and car, the people to be told. ?>
<?cs include:"request/form_head.cs" ?>
<?cs def:res_select(name, label, list) ?>
<label for="<?cs var:name ?>"><?cs var:label ?></label>
<select id="<?cs var:name ?>" name="<?cs var:name ?>"<?cs if:Form[name].Error ?> aria-invalid="true" aria-describedby="<?cs var:name ?>-error"<?cs /if ?>>
  <option value="0"><?cs var:L.Reception.NoneNeeded ?></option>
  <?cs each:x = list ?><option value="<?cs var:x.Id ?>"<?cs if:Form[name].Value == x.Id ?> selected<?cs /if ?>><?cs var:x.Name ?> (<?cs var:x.Seats ?> <?cs var:L.Reception.SeatsUnit ?>)</option><?cs /each ?>
</select>
<?cs call:error(name) ?>
<?cs /def ?>
    <fieldset class="classes" id="classes">
      <legend><?cs var:L.Reception.Class ?></legend>
      <?cs each:k = L.Reception.ClassName ?>
      <label class="check"><input type="radio" name="class" value="<?cs name:k ?>"<?cs if:Form.class.Value == name(k) ?> checked<?cs /if ?> required>
        <strong><?cs var:k ?></strong> — <?cs var:L.Reception.ClassWho[name(k)] ?><br><span class="hint"><?cs var:L.Reception.ClassDecides[name(k)] ?>
        <?cs if:Deciders[name(k)].0 ?><span class="deciders" id="deciders-<?cs name:k ?>"><?cs var:L.Reception.WillDecide ?><?cs each:n = Deciders[name(k)] ?><?cs var:n ?><?cs if:!last(n) ?>、<?cs /if ?><?cs /each ?></span><?cs /if ?></span></label>
      <?cs /each ?>
      <?cs call:error("class") ?>
    </fieldset>
    <?cs call:input("guest_org", L.Reception.GuestOrg, "text", " maxlength='100' required") ?>
    <?cs call:input("guest_names", L.Reception.GuestNames, "text", " maxlength='200'") ?>
    <div class="row">
      <div><?cs call:input("guest_count", L.Reception.GuestCount, "number", " min='1' required") ?></div>
      <div><?cs call:input("leader_title", L.Reception.LeaderTitle, "text", " maxlength='60'") ?></div>
    </div>
    <?cs call:checkbox("foreign_guests", L.Reception.Foreign) ?>
    <?cs call:input("responsible", L.Reception.Responsible, "text", " maxlength='40' required") ?>
    <div class="row">
      <div><?cs call:input("arrive_at", L.Reception.Arrive, "datetime-local", " required") ?></div>
      <div><?cs call:input("depart_at", L.Reception.Depart, "datetime-local", " required") ?></div>
    </div>
    <?cs call:textarea("purpose", L.Reception.Purpose) ?>
    <h2><?cs var:L.Reception.Plan ?></h2>
    <div class="row">
      <div><?cs call:res_select("room_id", L.Reception.Room, Rooms) ?></div>
      <div><?cs call:res_select("car_id", L.Reception.Car, Cars) ?></div>
    </div>
    <?cs if:!Edit.Id ?><p><button type="submit" formaction="/new/reception/check" formnovalidate><?cs var:L.Reception.CheckFree ?></button></p><?cs /if ?>
    <p class="hint"><a href="/resources<?cs if:Form.arrive_at.Value ?>?day=<?cs var:string.slice(Form.arrive_at.Value, 0, 10) ?><?cs /if ?>" target="_blank"><?cs var:L.Reception.SeeFreeBusy ?></a></p>
    <div class="row">
      <div><?cs call:input("meals", L.Reception.Meals, "number", " min='0'") ?></div>
      <div><?cs call:input("meal_std", L.Reception.MealStd, "text", " inputmode='decimal'") ?></div>
    </div>
    <?cs call:input("visit_route", L.Reception.VisitRoute, "text", " maxlength='200'") ?>
    <?cs call:input("gifts_plan", L.Reception.GiftsPlan, "text", " maxlength='200'") ?>
    <?cs call:input("amount", L.Reception.Estimate, "text", " inputmode='decimal'") ?>
    <?cs call:input("tell", L.Reception.Tell, "text", " maxlength='200'") ?>
    <p class="hint"><?cs var:L.Reception.TellHint ?></p>
<?cs include:"request/form_foot.cs" ?>
