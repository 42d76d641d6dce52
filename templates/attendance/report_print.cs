<?cs include:"layout/head.cs" ?>
<?cs include:"attendance/day_macros.cs" ?>
<section class="print-page">
  <h1 class="paper-title"><?cs var:L.Attendance.ReportTitle ?></h1>
  <p class="paper-sub"><?cs var:DeptName ?> · <?cs var:Month ?> · <?cs var:L.Attendance.Workdays ?> <?cs var:Workdays ?></p>
<?cs include:"attendance/report_table.cs" ?>
  <p class="signatures"><?cs var:L.Attendance.Report.Clerk ?> ________ &nbsp; <?cs var:L.Attendance.Report.Head ?> ________ &nbsp; <?cs var:L.Attendance.Report.Date ?> ________</p>
<?cs include:"attendance/report_details.cs" ?>
</section>
<?cs include:"layout/foot.cs" ?>
