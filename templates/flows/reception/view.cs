<?cs # A reception (RC-01..RC-07): the guests, the stay, the plan and its holds, what the general office and
       finance recorded, the task form of the step waiting on the viewer, and the gift form. ?>
<?cs include:"request/view_head.cs" ?>
    <dt><?cs var:L.Reception.Class ?></dt><dd id="class"><?cs var:L.Reception.ClassName[Vals.class] ?></dd>
    <dt><?cs var:L.Reception.GuestOrg ?></dt><dd><?cs var:Vals.guest_org ?></dd>
    <?cs if:Vals.guest_names ?><dt><?cs var:L.Reception.GuestNames ?></dt><dd><?cs var:Vals.guest_names ?></dd><?cs /if ?>
    <dt><?cs var:L.Reception.GuestCount ?></dt><dd><?cs var:Vals.guest_count ?><?cs if:Vals.foreign_guests ?> · <?cs var:L.Reception.Foreign ?><?cs /if ?></dd>
    <?cs if:Vals.leader_title ?><dt><?cs var:L.Reception.LeaderTitle ?></dt><dd><?cs var:Vals.leader_title ?></dd><?cs /if ?>
    <dt><?cs var:L.Reception.Responsible ?></dt><dd><?cs var:Vals.responsible ?></dd>
    <dt><?cs var:L.Reception.Arrive ?></dt><dd><?cs var:Vals.arrive_text ?></dd>
    <dt><?cs var:L.Reception.Depart ?></dt><dd><?cs var:Vals.depart_text ?></dd>
    <dt><?cs var:L.Reception.Purpose ?></dt><dd class="lines"><?cs var:Vals.purpose ?></dd>
    <?cs if:Vals.room_name ?><dt><?cs var:L.Reception.Room ?></dt><dd id="room"><?cs var:Vals.room_name ?><?cs if:Vals.hold ?> (<?cs var:L.Reception.Hold[Vals.hold] ?>)<?cs /if ?></dd><?cs /if ?>
    <?cs if:Vals.car_name ?><dt><?cs var:L.Reception.Car ?></dt><dd id="car"><?cs var:Vals.car_name ?><?cs if:Vals.hold ?> (<?cs var:L.Reception.Hold[Vals.hold] ?>)<?cs /if ?></dd><?cs /if ?>
    <?cs if:Vals.meals ?><dt><?cs var:L.Reception.Meals ?></dt><dd><?cs var:Vals.meals ?> × <?cs var:Vals.meal_std_text ?></dd><?cs /if ?>
    <?cs if:Vals.visit_route ?><dt><?cs var:L.Reception.VisitRoute ?></dt><dd><?cs var:Vals.visit_route ?></dd><?cs /if ?>
    <?cs if:Vals.gifts_plan ?><dt><?cs var:L.Reception.GiftsPlan ?></dt><dd><?cs var:Vals.gifts_plan ?></dd><?cs /if ?>
    <dt><?cs var:L.Reception.Estimate ?></dt><dd id="estimate"><?cs var:Vals.amount_text ?></dd>
    <?cs if:Vals.actual_text ?><dt><?cs var:L.Reception.Actual ?></dt><dd id="actual"><?cs var:Vals.actual_text ?> (<?cs var:Vals.receipts ?> <?cs var:L.Reception.ReceiptsUnit ?>)</dd><?cs /if ?>
    <?cs if:Vals.host_cost ?><dt><?cs var:L.Reception.HostCost ?></dt><dd id="host-cost"><?cs var:Vals.host_cost ?> (<?cs var:Vals.host_receipts ?> <?cs var:L.Reception.ReceiptsUnit ?>)</dd><?cs /if ?>
    <?cs if:Vals.tell ?><dt><?cs var:L.Reception.Tell ?></dt><dd><?cs var:Vals.tell ?></dd><?cs /if ?>
    <?cs if:Vals.meeting_on ?>
    <dt><?cs var:L.Reception.Meeting ?></dt><dd id="meeting"><?cs var:Vals.meeting_on ?> · <?cs var:Vals.meeting_who ?><?cs if:Vals.meeting_decisions ?><br><span class="lines"><?cs var:Vals.meeting_decisions ?></span><?cs /if ?></dd>
    <dt><?cs var:L.Reception.Checklist ?></dt><dd><ul class="checklist" id="checklist">
      <?cs each:k = L.Reception.Check ?><li>✓ <?cs var:k ?>: <?cs var:Vals[name(k)] ?></li><?cs /each ?></ul></dd>
    <?cs /if ?>
    <?cs if:Vals.summary ?><dt><?cs var:L.Reception.Summary ?></dt><dd class="lines" id="summary"><?cs var:Vals.summary ?></dd><?cs /if ?>
  </dl>
  <p class="no-print"><a href="/reception/<?cs var:Req.Id ?>/plan" id="plan-link"><?cs var:L.Reception.PrintPlan ?></a></p>
<?cs if:Can.Task ?>
  <form method="post" action="/requests/<?cs var:Req.Id ?>/task/reception" class="task" id="task">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>"><input type="hidden" name="form_key" value="<?cs var:FormKey ?>">
    <h2><?cs var:L.Step[Can.Step] ?></h2>
    <?cs if:Can.Step == "coordinate" ?>
    <?cs call:input("meeting_on", L.Reception.MeetingOn, "date", " required") ?>
    <?cs call:input("meeting_who", L.Reception.MeetingWho, "text", " maxlength='200' required") ?>
    <?cs call:textarea("meeting_decisions", L.Reception.MeetingDecisions) ?>
    <?cs call:checkbox("plan_ok", L.Reception.PlanOk) ?>
    <p class="hint"><?cs var:L.Reception.ChecklistHint ?></p>
    <?cs each:k = L.Reception.Check ?><?cs call:input(name(k), k, "text", " maxlength='60' required") ?><?cs /each ?>
    <?cs elif:Can.Step == "settle" ?>
    <?cs if:Vals.host_cost ?><p class="hint"><?cs var:L.Reception.SettleHint ?></p><?cs /if ?>
    <?cs call:input("actual", L.Reception.Actual, "text", " inputmode='decimal'") ?>
    <?cs call:input("receipts", L.Reception.Receipts, "number", " min='0'") ?>
    <?cs elif:Can.Step == "summary" ?>
    <?cs call:textarea("summary", L.Reception.Summary) ?>
    <?cs /if ?>
    <label for="task-comment"><?cs var:L.Decide.Comment ?></label>
    <textarea id="task-comment" name="comment" maxlength="1000"></textarea>
    <button type="submit" class="primary"><?cs var:L.Reception.TaskDone ?></button>
  </form>
  <?cs if:Can.Step == "coordinate" ?>
  <form method="post" action="/requests/<?cs var:Req.Id ?>/decide" class="task" id="send-back">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>"><input type="hidden" name="form_key" value="<?cs var:FormKey ?>">
    <h2><?cs var:L.Reception.SendBack ?></h2>
    <label for="send-back-reason"><?cs var:L.Reception.SendBackReason ?></label>
    <textarea id="send-back-reason" name="comment" maxlength="1000" required></textarea>
    <button type="submit" name="action" value="return"><?cs var:L.Reception.SendBack ?></button>
  </form>
  <?cs /if ?>
<?cs /if ?>
<?cs if:User.Id == Req.RequesterId && (Req.State == "approved" || Req.State == "arranged") ?>
  <form method="post" action="/reception/<?cs var:Req.Id ?>/costs" class="task" id="costs-form">
    <?cs call:csrf() ?>
    <h2><?cs var:L.Reception.HostCostRecord ?></h2>
    <?cs call:input("actual", L.Reception.Actual, "text", " inputmode='decimal' required") ?>
    <?cs call:input("receipts", L.Reception.Receipts, "number", " min='0'") ?>
    <button type="submit"><?cs var:L.Reception.HostCostSave ?></button>
  </form>
<?cs /if ?>
<?cs if:Req.State != "draft" && (User.Id == Req.RequesterId || User.Role.office) ?>
  <form method="post" action="/reception/<?cs var:Req.Id ?>/gifts" class="task" id="gift-form">
    <?cs call:csrf() ?>
    <h2><?cs var:L.Reception.GiftAdd ?></h2>
    <label for="direction"><?cs var:L.Reception.Gift.Direction ?></label>
    <select id="direction" name="direction"><?cs each:d = L.Reception.Direction ?><option value="<?cs name:d ?>"><?cs var:d ?></option><?cs /each ?></select>
    <?cs call:input("what", L.Reception.Gift.What, "text", " maxlength='100' required") ?>
    <?cs call:input("party", L.Reception.Gift.Party, "text", " maxlength='100' required") ?>
    <?cs call:input("value", L.Reception.Gift.Value, "text", " inputmode='decimal'") ?>
    <?cs call:input("handling", L.Reception.Gift.Handling, "text", " maxlength='200'") ?>
    <button type="submit"><?cs var:L.Reception.GiftSave ?></button>
    <?cs if:User.Role.office || User.Role.finance ?><p><a href="/reception/gifts?request=<?cs var:Req.Id ?>"><?cs var:L.Reception.GiftsOfThis ?></a></p><?cs /if ?>
  </form>
<?cs /if ?>
  <dl class="facts">
<?cs include:"request/view_foot.cs" ?>
