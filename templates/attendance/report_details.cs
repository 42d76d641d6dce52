  <h2 id="details-title"><?cs var:L.Attendance.Details.Title ?></h2>
  <p class="hint"><?cs var:L.Attendance.Details.Hint ?></p>
  <?cs each:p = Rows ?><?cs if:subcount(p.Days) > 0 ?>
  <h3><?cs var:p.Name ?> (<?cs var:p.Login ?>)</h3>
  <div class="table-wrap" tabindex="0"><table class="paper details" id="days-<?cs var:p.Login ?>">
    <thead><tr><th><?cs var:L.Attendance.Day ?></th><th><?cs var:L.Calendar.Weekday ?></th><th><?cs var:L.Attendance.Context ?></th><th><?cs var:L.Attendance.Clock ?></th><th><?cs var:L.Attendance.Record ?></th><th><?cs var:L.Attendance.Counted.Title ?></th><th><?cs var:L.Attendance.Details.Why ?></th></tr></thead>
    <tbody>
    <?cs each:d = p.Days ?>
    <tr id="day-<?cs var:p.Login ?>-<?cs var:d.Day ?>"><td><?cs var:d.Day ?></td><td><?cs var:L.Calendar.W[d.Weekday] ?></td><td><?cs call:day_calendar(d) ?> <?cs call:day_leave(d) ?></td><td><?cs var:d.Clock ?></td><td><?cs call:day_record(d) ?></td><td class="counted"><?cs call:day_counted(d) ?></td><td class="why"><?cs call:day_why(d) ?></td></tr>
    <?cs /each ?>
    </tbody>
  </table></div>
  <?cs /if ?><?cs /each ?>
