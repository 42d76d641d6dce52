<?cs include:"layout/head.cs" ?>
<?cs include:"attendance/day_macros.cs" ?>
<?cs include:"attendance/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Attendance.ReportTitle ?> · <?cs var:DeptName ?> · <?cs var:Month ?></h1>
  <form method="get" action="/attendance/report" class="filters">
    <label for="dept"><?cs var:L.Outing.Dept ?></label>
    <select id="dept" name="dept"><?cs each:d = Depts ?><option value="<?cs var:d.Id ?>"<?cs if:Dept == d.Id ?> selected<?cs /if ?>><?cs var:d.Name ?></option><?cs /each ?></select>
    <label for="month"><?cs var:L.Attendance.Month ?></label>
    <input id="month" name="month" type="month" value="<?cs var:Month ?>">
    <button type="submit"><?cs var:L.Attendance.Show ?></button>
  </form>
  <p><?cs var:L.Attendance.Workdays ?> <span id="workdays"><?cs var:Workdays ?></span> ·
    <a href="/attendance/report.csv?dept=<?cs var:Dept ?>&amp;month=<?cs var:Month ?>"><?cs var:L.Attendance.Csv ?></a> ·
    <a href="/attendance/report?dept=<?cs var:Dept ?>&amp;month=<?cs var:Month ?>&amp;print=1"><?cs var:L.Attendance.Print ?></a></p>
  <div class="table-wrap" tabindex="0">
<?cs include:"attendance/report_table.cs" ?>
  </div>
</section>
<section class="card" id="details">
<?cs include:"attendance/report_details.cs" ?>
</section>
<?cs include:"layout/foot.cs" ?>
