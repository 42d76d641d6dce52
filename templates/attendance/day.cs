<?cs include:"layout/head.cs" ?>
<?cs include:"attendance/day_macros.cs" ?>
<?cs include:"attendance/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Attendance.Title ?></h1>
  <?cs if:Import.Error ?><p class="alert" role="alert" id="import-error"><?cs var:L.Attendance.Import.Line ?> <?cs var:Import.Line ?>: <?cs var:Import.Error ?> <?cs var:L.Attendance.Import.Nothing ?></p><?cs /if ?>
  <?cs if:Import.Count ?><p class="notice" role="status" id="import-done"><?cs var:L.Attendance.Import.Done ?> <?cs var:Import.Count ?></p><?cs /if ?>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Attendance.Err.Form ?></p><?cs /if ?>
  <form method="get" action="/attendance" class="filters">
    <label for="dept"><?cs var:L.Outing.Dept ?></label>
    <select id="dept" name="dept"><?cs each:d = Depts ?><option value="<?cs var:d.Id ?>"<?cs if:Dept == d.Id ?> selected<?cs /if ?>><?cs var:d.Name ?></option><?cs /each ?></select>
    <label for="day"><?cs var:L.Attendance.Day ?></label>
    <input id="day" name="day" type="date" value="<?cs var:Day ?>">
    <button type="submit"><?cs var:L.Attendance.Show ?></button>
  </form>
  <p class="hint"><?cs var:L.Attendance.DayHint ?></p>
  <div class="table-wrap"><table class="cards" id="day-records">
    <thead><tr><th><?cs var:L.Outing.Name ?></th><th><?cs var:L.Attendance.Context ?></th><th><?cs var:L.Attendance.Counted.Title ?></th><th><?cs var:L.Attendance.Clock ?></th><th><?cs var:L.Attendance.Record ?></th><th><?cs var:L.Attendance.Meetings ?></th></tr></thead>
    <tbody>
    <?cs each:p = People ?><?cs if:Failed.Form == "record" && Failed.User == p.Id ?><?cs set:p.Status = Form.status.Value ?><?cs set:p.LateMin = Form.late_min.Value ?><?cs set:p.Shuttle = Form.shuttle.Value ?><?cs set:p.AbsentPart = Form.absent_part.Value ?><?cs /if ?>
    <tr id="person-<?cs var:p.Login ?>"><td data-label="<?cs var:L.Outing.Name ?>"><?cs var:p.Name ?> (<?cs var:p.Login ?>)</td><td data-label="<?cs var:L.Attendance.Context ?>" class="context"><?cs call:day_calendar(p) ?> <?cs call:day_leave(p) ?></td><td data-label="<?cs var:L.Attendance.Counted.Title ?>" class="counted"><?cs call:day_counted(p) ?> <?cs call:day_why(p) ?></td><td data-label="<?cs var:L.Attendance.Clock ?>"><?cs var:p.Clock ?></td>
      <td data-label="<?cs var:L.Attendance.Record ?>"><form method="post" action="/attendance/record" class="inline-record">
        <?cs call:csrf() ?><input type="hidden" name="user" value="<?cs var:p.Id ?>"><input type="hidden" name="day" value="<?cs var:Day ?>"><input type="hidden" name="dept" value="<?cs var:Dept ?>">
        <select name="status" aria-label="<?cs var:L.Attendance.Status ?>">
          <option value="on_time"<?cs if:p.Status == "on_time" ?> selected<?cs /if ?>><?cs var:L.Attendance.S.on_time ?></option>
          <option value="late"<?cs if:p.Status == "late" ?> selected<?cs /if ?>><?cs var:L.Attendance.S.late ?></option>
          <option value="absent"<?cs if:p.Status == "absent" ?> selected<?cs /if ?>><?cs var:L.Attendance.S.absent ?></option>
        </select>
        <label for="late_min-<?cs var:p.Id ?>"><?cs var:L.Attendance.LateMin ?></label> <input id="late_min-<?cs var:p.Id ?>" name="late_min" type="number" min="0" max="1440" value="<?cs var:p.LateMin ?>" class="short"<?cs if:Failed.Form == "record" && Failed.User == p.Id && Form.late_min.Error ?> aria-invalid="true" aria-describedby="late_min-error"<?cs /if ?>>
        <?cs if:Failed.Form == "record" && Failed.User == p.Id ?><?cs call:error("late_min") ?><?cs /if ?>
        <label class="check"><input type="checkbox" name="shuttle" value="1"<?cs if:p.Shuttle == "1" ?> checked<?cs /if ?>> <?cs var:L.Attendance.Shuttle ?></label>
        <select name="absent_part" aria-label="<?cs var:L.Attendance.AbsentPart ?>"><option value="whole"><?cs var:L.Attendance.Whole ?></option><option value="half"<?cs if:p.AbsentPart == "half" ?> selected<?cs /if ?>><?cs var:L.Attendance.Half ?></option></select>
        <button type="submit"><?cs var:L.Attendance.Save ?></button>
      </form></td>
      <td data-label="<?cs var:L.Attendance.Meetings ?>" class="meetings"><?cs each:m = p.Meetings ?>
        <form method="post" action="/attendance/meeting/delete" class="inline-record meeting-entry">
          <?cs call:csrf() ?><input type="hidden" name="id" value="<?cs var:m.Id ?>">
          <span><?cs var:m.Min ?> <?cs var:L.Attendance.Minutes ?><?cs if:m.Name ?> · <?cs var:m.Name ?><?cs /if ?></span>
          <label class="check"><input type="checkbox" name="confirm" value="1" required> <?cs var:L.Attendance.ConfirmRemove ?></label>
          <?cs if:Failed.Form == "delete" && Failed.Meeting == m.Id ?><?cs call:error("confirm") ?><?cs /if ?>
          <button type="submit"><?cs var:L.Attendance.Remove ?></button>
        </form><?cs /each ?>
        <form method="post" action="/attendance/meeting" class="inline-record meeting-add">
          <?cs call:csrf() ?><input type="hidden" name="user" value="<?cs var:p.Id ?>"><input type="hidden" name="day" value="<?cs var:Day ?>"><input type="hidden" name="dept" value="<?cs var:Dept ?>">
          <?cs if:Failed.Form == "meeting" && Failed.User == p.Id ?>
          <label for="meet-min-<?cs var:p.Id ?>"><?cs var:L.Attendance.LateMin ?></label> <input id="meet-min-<?cs var:p.Id ?>" name="late_min" type="number" min="1" max="1440" required class="short" value="<?cs var:Form.late_min.Value ?>"<?cs if:Form.late_min.Error ?> aria-invalid="true" aria-describedby="late_min-error"<?cs /if ?>>
          <?cs call:error("late_min") ?>
          <label for="meet-name-<?cs var:p.Id ?>"><?cs var:L.Attendance.MeetingName ?></label> <input id="meet-name-<?cs var:p.Id ?>" name="meeting" type="text" maxlength="64" value="<?cs var:Form.meeting.Value ?>"<?cs if:Form.meeting.Error ?> aria-invalid="true" aria-describedby="meeting-error"<?cs /if ?>>
          <?cs call:error("meeting") ?>
          <?cs else ?>
          <label for="meet-min-<?cs var:p.Id ?>"><?cs var:L.Attendance.LateMin ?></label> <input id="meet-min-<?cs var:p.Id ?>" name="late_min" type="number" min="1" max="1440" required class="short">
          <label for="meet-name-<?cs var:p.Id ?>"><?cs var:L.Attendance.MeetingName ?></label> <input id="meet-name-<?cs var:p.Id ?>" name="meeting" type="text" maxlength="64">
          <?cs /if ?>
          <button type="submit"><?cs var:L.Attendance.AddMeeting ?></button>
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
