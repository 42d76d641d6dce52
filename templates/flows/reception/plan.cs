<?cs # The printable plan and notice of one reception (接待方案 / 接待通知单). ?>
<!DOCTYPE html>
<html lang="<?cs var:Lang ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs var:L.Reception.PlanTitle ?> <?cs var:Req.Number ?></title>
<link rel="stylesheet" href="/static/liaison.css">
<link rel="stylesheet" href="/static/print.css">
<link rel="stylesheet" href="/static/reception.css">
</head>
<body class="sheet">
<main class="plan">
  <h1><?cs var:L.Reception.PlanTitle ?></h1>
  <p><span id="number"><?cs var:Req.Number ?></span> · <?cs var:Req.StateName ?> · <?cs var:L.Reception.ClassName[Vals.class] ?></p>
  <h2><?cs var:L.Reception.Guests ?></h2>
  <dl class="facts">
    <dt><?cs var:L.Reception.GuestOrg ?></dt><dd><?cs var:Vals.guest_org ?></dd>
    <?cs if:Vals.guest_names ?><dt><?cs var:L.Reception.GuestNames ?></dt><dd><?cs var:Vals.guest_names ?></dd><?cs /if ?>
    <dt><?cs var:L.Reception.GuestCount ?></dt><dd><?cs var:Vals.guest_count ?><?cs if:Vals.foreign_guests ?> · <?cs var:L.Reception.Foreign ?><?cs /if ?></dd>
    <?cs if:Vals.leader_title ?><dt><?cs var:L.Reception.LeaderTitle ?></dt><dd><?cs var:Vals.leader_title ?></dd><?cs /if ?>
    <dt><?cs var:L.Reception.Arrive ?></dt><dd><?cs var:Vals.arrive_text ?></dd>
    <dt><?cs var:L.Reception.Depart ?></dt><dd><?cs var:Vals.depart_text ?></dd>
    <dt><?cs var:L.Reception.Purpose ?></dt><dd class="lines"><?cs var:Vals.purpose ?></dd>
  </dl>
  <h2><?cs var:L.Reception.Plan ?></h2>
  <dl class="facts">
    <dt><?cs var:L.Reception.Host ?></dt><dd><?cs var:Req.Dept ?> · <?cs var:Req.Requester ?></dd>
    <dt><?cs var:L.Reception.Responsible ?></dt><dd><?cs var:Vals.responsible ?></dd>
    <?cs if:Vals.room_name ?><dt><?cs var:L.Reception.Room ?></dt><dd><?cs var:Vals.room_name ?></dd><?cs /if ?>
    <?cs if:Vals.car_name ?><dt><?cs var:L.Reception.Car ?></dt><dd><?cs var:Vals.car_name ?></dd><?cs /if ?>
    <?cs if:Vals.meals ?><dt><?cs var:L.Reception.Meals ?></dt><dd><?cs var:Vals.meals ?> × <?cs var:Vals.meal_std_text ?></dd><?cs /if ?>
    <?cs if:Vals.visit_route ?><dt><?cs var:L.Reception.VisitRoute ?></dt><dd><?cs var:Vals.visit_route ?></dd><?cs /if ?>
    <?cs if:Vals.gifts_plan ?><dt><?cs var:L.Reception.GiftsPlan ?></dt><dd><?cs var:Vals.gifts_plan ?></dd><?cs /if ?>
    <dt><?cs var:L.Reception.Estimate ?></dt><dd><?cs var:Vals.amount_text ?></dd>
    <?cs if:Vals.tell ?><dt><?cs var:L.Reception.Tell ?></dt><dd><?cs var:Vals.tell ?></dd><?cs /if ?>
  </dl>
  <?cs if:Vals.meeting_on ?>
  <h2><?cs var:L.Reception.Checklist ?></h2>
  <dl class="facts">
    <dt><?cs var:L.Reception.Meeting ?></dt><dd><?cs var:Vals.meeting_on ?> · <?cs var:Vals.meeting_who ?></dd>
    <?cs if:Vals.meeting_decisions ?><dt><?cs var:L.Reception.MeetingDecisions ?></dt><dd class="lines"><?cs var:Vals.meeting_decisions ?></dd><?cs /if ?>
    <?cs each:k = L.Reception.Check ?><dt><?cs var:k ?></dt><dd><?cs var:Vals[name(k)] ?></dd><?cs /each ?>
  </dl>
  <?cs /if ?>
  <?cs if:Vals.actual_text || Vals.summary ?>
  <h2><?cs var:L.Reception.After ?></h2>
  <dl class="facts">
    <?cs if:Vals.actual_text ?><dt><?cs var:L.Reception.Actual ?></dt><dd><?cs var:Vals.actual_text ?> (<?cs var:Vals.receipts ?> <?cs var:L.Reception.ReceiptsUnit ?>)</dd><?cs /if ?>
    <?cs if:Vals.summary ?><dt><?cs var:L.Reception.Summary ?></dt><dd class="lines"><?cs var:Vals.summary ?></dd><?cs /if ?>
  </dl>
  <?cs /if ?>
  <p class="printed"><?cs var:L.Request.PrintedBy ?> <?cs var:User.Name ?> · <?cs var:Req.Submitted ?></p>
</main>
</body>
</html>
