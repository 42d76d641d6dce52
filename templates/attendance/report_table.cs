  <table class="paper report" id="report">
    <thead><tr><th><?cs var:L.Attendance.Report.Name ?></th><th><?cs var:L.Attendance.Report.Worked ?></th><th><?cs var:L.Attendance.Report.Sick ?></th><th><?cs var:L.Attendance.Report.Personal ?></th><th><?cs var:L.Attendance.Report.Other ?></th><th><?cs var:L.Attendance.Report.Lates ?></th><th><?cs var:L.Attendance.Report.Absent ?></th><th><?cs var:L.Attendance.Report.LeaveDeduct ?></th><th><?cs var:L.Attendance.Report.LateDeduct ?></th><th><?cs var:L.Attendance.Report.AbsenceDeduct ?></th><th><?cs var:L.Attendance.Report.Total ?></th><th><?cs var:L.Attendance.Report.Flags ?></th></tr></thead>
    <tbody>
    <?cs each:p = Rows ?>
    <tr id="row-<?cs var:p.Login ?>"><td><?cs var:p.Name ?></td><td class="worked"><?cs var:p.Worked ?></td><td class="sick"><?cs var:p.Sick ?></td><td class="personal"><?cs var:p.Personal ?></td><td class="other"><?cs var:p.Other ?></td>
      <td class="lates"><?cs var:p.Lates ?><?cs if:p.Excused > 0 ?> (<?cs var:L.Attendance.Excused ?> <?cs var:p.Excused ?>)<?cs /if ?></td><td class="absent"><?cs var:p.Absent ?></td>
      <td class="num"><?cs var:p.LeaveDeduct ?></td><td class="num"><?cs var:p.LateDeduct ?></td><td class="num"><?cs var:p.AbsenceDeduct ?></td><td class="num total"><?cs var:p.Total ?></td>
      <td class="flags"><?cs if:p.Bad == "1" ?><?cs var:L.Attendance.Report.Bad ?> <?cs /if ?><?cs if:p.FlagLates == "1" ?><span class="flag"><?cs var:L.Attendance.Report.FlagLates ?></span> <?cs /if ?><?cs if:p.FlagAbsence == "1" ?><span class="flag"><?cs var:L.Attendance.Report.FlagAbsence ?></span><?cs /if ?></td></tr>
    <?cs /each ?>
    </tbody>
    <tfoot><tr><td colspan="10"><?cs var:L.Attendance.Report.Sum ?></td><td class="num"><?cs var:TotalDeduct ?></td><td></td></tr></tfoot>
  </table>
  <p class="hint"><?cs var:L.Attendance.Report.Rules ?></p>
