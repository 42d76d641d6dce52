<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Calendar.Title ?> <?cs var:Year ?></h1>
  <p><a href="/admin/calendar?year=<?cs var:PrevYear ?>"><?cs var:PrevYear ?></a> · <a href="/admin/calendar?year=<?cs var:NextYear ?>"><?cs var:NextYear ?></a></p>
  <p class="hint"><?cs var:L.Calendar.Hint ?></p>
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
