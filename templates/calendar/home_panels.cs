<?cs # The home page's panels for admins (calendar warning) and heads (this week, who is away). ?>
<?cs if:Home.CalWarn || Home.Head ?><link rel="stylesheet" href="/static/calendar.css"><?cs /if ?>
<?cs if:Home.CalWarn ?><p class="alert" role="alert" id="calendar-warning"><?cs var:Home.CalWarnYear ?>: <?cs var:L.Calendar.Warn.NextYearEmpty ?> <a href="/admin/calendar?year=<?cs var:Home.CalWarnYear ?>"><?cs var:L.Calendar.Warn.Go ?></a></p><?cs /if ?>
<?cs if:Home.Head ?>
<section class="card" id="head-panel">
  <h2><?cs var:L.HomePanels.Week ?> (<?cs var:Home.WeekCount ?>)</h2>
  <?cs if:Home.Week.0.Id ?><ul class="week-waiting"><?cs each:w = Home.Week ?><li><a href="/requests/<?cs var:w.Id ?>"><?cs var:w.Number ?></a> <?cs var:w.Type ?> · <?cs var:w.Title ?> · <?cs var:w.Requester ?></li><?cs /each ?></ul>
  <?cs else ?><p class="hint"><?cs var:L.HomePanels.WeekNone ?></p><?cs /if ?>
  <p><a href="/lists/inbox"><?cs var:L.HomePanels.AllInbox ?></a></p>
  <h2><?cs var:L.HomePanels.Away ?></h2>
  <?cs if:Home.Away.0.Name ?><ul class="away" id="away-today"><?cs each:a = Home.Away ?><li><?cs var:a.Name ?> · <?cs var:L.HomePanels.What[a.What] ?></li><?cs /each ?></ul>
  <?cs else ?><p class="hint" id="away-today"><?cs var:L.HomePanels.AwayNone ?></p><?cs /if ?>
  <p><a href="/calendar"><?cs var:L.HomePanels.Calendar ?></a></p>
</section>
<?cs /if ?>
