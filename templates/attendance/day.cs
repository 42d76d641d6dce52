<?cs include:"layout/head.cs" ?>
<?cs include:"attendance/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Attendance.Title ?></h1>
  <?cs if:Import.Error ?><p class="alert" role="alert" id="import-error"><?cs var:L.Attendance.Import.Line ?> <?cs var:Import.Line ?>: <?cs var:Import.Error ?> <?cs var:L.Attendance.Import.Nothing ?></p><?cs /if ?>
  <?cs if:Import.Count ?><p class="notice" role="status" id="import-done"><?cs var:L.Attendance.Import.Done ?> <?cs var:Import.Count ?></p><?cs /if ?>
  <form method="get" action="/attendance" class="filters">
    <label for="dept"><?cs var:L.Outing.Dept ?></label>
    <select id="dept" name="dept"><?cs each:d = Depts ?><option value="<?cs var:d.Id ?>"<?cs if:Dept == d.Id ?> selected<?cs /if ?>><?cs var:d.Name ?></option><?cs /each ?></select>
    <label for="day"><?cs var:L.Attendance.Day ?></label>
    <input id="day" name="day" type="date" value="<?cs var:Day ?>">
    <button type="submit"><?cs var:L.Attendance.Show ?></button>
  </form>
  <div class="table-wrap"><table id="day-records">
    <thead><tr><th><?cs var:L.Outing.Name ?></th><th><?cs var:L.Attendance.Clock ?></th><th><?cs var:L.Attendance.Record ?></th></tr></thead>
    <tbody>
    <?cs each:p = People ?>
    <tr id="person-<?cs var:p.Login ?>"><td><?cs var:p.Name ?> (<?cs var:p.Login ?>)</td><td><?cs var:p.Clock ?></td>
      <td><form method="post" action="/attendance/record" class="inline-record">
        <?cs call:csrf() ?><input type="hidden" name="user" value="<?cs var:p.Id ?>"><input type="hidden" name="day" value="<?cs var:Day ?>"><input type="hidden" name="dept" value="<?cs var:Dept ?>">
        <select name="status" aria-label="<?cs var:L.Attendance.Status ?>">
          <option value="on_time"<?cs if:p.Status == "on_time" ?> selected<?cs /if ?>><?cs var:L.Attendance.S.on_time ?></option>
          <option value="late"<?cs if:p.Status == "late" ?> selected<?cs /if ?>><?cs var:L.Attendance.S.late ?></option>
          <option value="absent"<?cs if:p.Status == "absent" ?> selected<?cs /if ?>><?cs var:L.Attendance.S.absent ?></option>
        </select>
        <label><?cs var:L.Attendance.LateMin ?> <input name="late_min" type="number" min="0" max="1440" value="<?cs var:p.LateMin ?>" class="short"></label>
        <label class="check"><input type="checkbox" name="meeting" value="1"<?cs if:p.Meeting == "1" ?> checked<?cs /if ?>> <?cs var:L.Attendance.Meeting ?></label>
        <label class="check"><input type="checkbox" name="shuttle" value="1"<?cs if:p.Shuttle == "1" ?> checked<?cs /if ?>> <?cs var:L.Attendance.Shuttle ?></label>
        <select name="absent_part" aria-label="<?cs var:L.Attendance.AbsentPart ?>"><option value="whole"><?cs var:L.Attendance.Whole ?></option><option value="half"<?cs if:p.Absent == "1" ?> selected<?cs /if ?>><?cs var:L.Attendance.Half ?></option></select>
        <button type="submit"><?cs var:L.Attendance.Save ?></button>
      </form></td></tr>
    <?cs /each ?>
    </tbody>
  </table></div>
</section>
<section class="card">
  <h2><?cs var:L.Attendance.Import.Title ?></h2>
  <p class="hint"><?cs var:L.Attendance.Import.Hint ?></p>
  <form method="post" action="/attendance/import" enctype="multipart/form-data">
    <?cs call:csrf() ?>
    <input name="file" type="file" accept=".csv,text/csv" required aria-label="<?cs var:L.Attendance.Import.Title ?>">
    <button type="submit" class="primary"><?cs var:L.Attendance.Import.Button ?></button>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
