<?cs include:"layout/head.cs" ?>
<link rel="stylesheet" href="/static/calendar.css">
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Calendar.Title ?> <?cs var:Year ?></h1>
  <p><a href="/admin/calendar?year=<?cs var:PrevYear ?>"><?cs var:PrevYear ?></a> · <a href="/admin/calendar?year=<?cs var:NextYear ?>"><?cs var:NextYear ?></a></p>
  <?cs if:Import.Count ?><p class="notice" role="status" id="import-done"><?cs var:L.Calendar.Import.Done ?> <?cs var:Import.Count ?></p><?cs /if ?>
  <?cs if:!Days.0.Day ?><p class="alert" role="alert" id="year-empty"><?cs var:L.Calendar.YearEmpty ?></p><?cs /if ?>
  <p class="hint"><?cs var:L.Calendar.Year.Hint ?></p>
  <p class="cal-legend"><span class="cal-day holiday"><?cs var:L.Calendar.K.holiday ?></span> <span class="cal-day workday"><?cs var:L.Calendar.K.workday ?></span> <span class="cal-day weekend"><?cs var:L.Calendar.Weekend ?></span></p>
  <div class="cal-year" id="calendar-year">
  <?cs each:m = Months ?>
    <form method="post" action="/admin/calendar/toggle" class="cal-month" id="m<?cs var:m.Month ?>">
      <?cs call:csrf() ?>
      <table>
        <caption><?cs var:L.Calendar.M[m.Month] ?></caption>
        <thead><tr><?cs loop:i = 0, 6, 1 ?><th scope="col"><?cs var:L.Calendar.W[i] ?></th><?cs /loop ?></tr></thead>
        <tbody><?cs each:w = m.Weeks ?><tr><?cs each:d = w ?><td><?cs if:d.Date ?><button type="submit" name="day" value="<?cs var:d.Date ?>" class="cal-day<?cs if:d.Kind ?> <?cs var:d.Kind ?><?cs elif:d.Weekend == "1" ?> weekend<?cs /if ?>" aria-label="<?cs var:d.Date ?><?cs if:d.Kind ?> <?cs var:L.Calendar.K[d.Kind] ?> <?cs var:d.Name ?><?cs /if ?>"<?cs if:d.Name ?> title="<?cs var:d.Name ?>"<?cs /if ?>><?cs var:d.Num ?></button><?cs /if ?></td><?cs /each ?></tr><?cs /each ?></tbody>
      </table>
    </form>
  <?cs /each ?>
  </div>
</section>
<section class="card">
  <h2><?cs var:L.Calendar.Import.Title ?></h2>
  <p class="hint"><?cs var:L.Calendar.Import.Hint ?></p>
  <form method="post" action="/admin/calendar/import" enctype="multipart/form-data">
    <?cs call:csrf() ?>
    <label for="file"><?cs var:L.Calendar.Import.File ?></label>
    <input id="file" name="file" type="file" accept=".csv,.ics,text/csv,text/calendar" required<?cs if:Form.file.Error ?> aria-invalid="true" aria-describedby="file-error"<?cs /if ?>>
    <?cs if:Form.file.Error ?><span class="field-error" id="file-error"><?cs if:Import.Line > 0 ?><?cs var:L.Calendar.Import.Line ?> <?cs var:Import.Line ?>: <?cs /if ?><?cs var:Form.file.Error ?> <?cs var:L.Calendar.Import.Nothing ?></span><?cs /if ?>
    <button type="submit" class="primary"><?cs var:L.Calendar.Import.Button ?></button>
  </form>
</section>
<section class="card">
  <h2><?cs var:L.Calendar.List ?></h2>
  <div class="table-wrap"><table class="cards" id="calendar-days">
    <thead><tr><th><?cs var:L.Attendance.Day ?></th><th><?cs var:L.Calendar.Weekday ?></th><th><?cs var:L.Calendar.Kind ?></th><th><?cs var:L.Calendar.Name ?></th></tr></thead>
    <tbody><?cs each:d = Days ?><tr><td data-label="<?cs var:L.Attendance.Day ?>"><?cs var:d.Day ?></td><td data-label="<?cs var:L.Calendar.Weekday ?>"><?cs var:L.Calendar.W[d.Weekday] ?></td><td data-label="<?cs var:L.Calendar.Kind ?>"><?cs var:L.Calendar.K[d.Kind] ?></td><td data-label="<?cs var:L.Calendar.Name ?>"><?cs var:d.Name ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <form method="post" action="/admin/calendar">
    <?cs call:csrf() ?>
    <?cs call:input("day", L.Attendance.Day, "date", " required") ?>
    <label for="kind"><?cs var:L.Calendar.Kind ?></label>
    <select id="kind" name="kind"><option value="holiday"><?cs var:L.Calendar.K.holiday ?></option><option value="workday"><?cs var:L.Calendar.K.workday ?></option><option value="remove"><?cs var:L.Calendar.K.remove ?></option></select>
    <?cs call:input("name", L.Calendar.Name, "text", " maxlength='64'") ?>
    <button type="submit" class="primary"><?cs var:L.Attendance.Save ?></button>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
