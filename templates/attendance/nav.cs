<nav class="subnav noprint" aria-label="<?cs var:L.Attendance.Title ?>">
  <a href="/attendance"><?cs var:L.Attendance.Title ?></a>
  <a href="/attendance/report"><?cs var:L.Attendance.ReportTitle ?></a>
  <a href="/attendance/balances"><?cs var:L.LeaveAdmin.Bal.Title ?></a>
  <a href="/outings/now"><?cs var:L.Outing.NowTitle ?></a>
  <a href="/outings/register"><?cs var:L.Outing.RegisterTitle ?></a>
</nav>
