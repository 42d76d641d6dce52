<?cs include:"layout/head.cs" ?>
<link rel="stylesheet" href="/static/calendar.css">
<section class="card">
  <h1><?cs var:L.DeptCal.Title ?> · <?cs var:DC.DeptName ?> · <?cs var:DC.Month ?></h1>
  <form method="get" action="/calendar" class="inline">
    <label for="month"><?cs var:L.DeptCal.Month ?></label>
    <input id="month" name="month" type="month" value="<?cs var:DC.Month ?>">
    <?cs if:DC.Depts.0.Id ?>
    <label for="dept"><?cs var:L.DeptCal.Dept ?></label>
    <select id="dept" name="dept"><?cs each:d = DC.Depts ?><option value="<?cs var:d.Id ?>"<?cs if:d.Id == DC.Dept ?> selected<?cs /if ?>><?cs var:d.Name ?></option><?cs /each ?></select>
    <?cs /if ?>
    <button type="submit"><?cs var:L.DeptCal.Show ?></button>
  </form>
  <p><a href="/calendar?month=<?cs var:DC.Prev ?>&amp;dept=<?cs var:DC.Dept ?>"><?cs var:L.DeptCal.Prev ?></a> · <a href="/calendar?month=<?cs var:DC.Next ?>&amp;dept=<?cs var:DC.Dept ?>"><?cs var:L.DeptCal.Next ?></a> · <a href="/calendar/mine.ics" id="mine-ics"><?cs var:L.DeptCal.Export ?></a></p>
  <p class="hint"><span class="cal-day holiday"><?cs var:L.DeptCal.LeaveMark ?></span> <?cs var:L.DeptCal.LeaveKey ?>（<?cs var:L.DeptCal.LeaveMark ?>½ <?cs var:L.DeptCal.HalfKey ?>） · <span class="cal-day workday"><?cs var:L.DeptCal.OutingMark ?></span> <?cs var:L.DeptCal.OutingKey ?> · <?cs var:L.DeptCal.Private ?></p>
  <div class="deptcal-wrap" tabindex="0" role="region" aria-label="<?cs var:L.DeptCal.Title ?>">
  <table class="deptcal" id="deptcal">
    <thead><tr><th scope="col" class="person" rowspan="2"><?cs var:L.DeptCal.Person ?></th><?cs each:d = DC.Days ?><th scope="col" class="<?cs if:d.Off == "1" ?>off<?cs /if ?><?cs if:d.Today == "1" ?> today<?cs /if ?>"><?cs var:d.Num ?></th><?cs /each ?></tr>
    <tr class="wd"><?cs each:d = DC.Days ?><th scope="col" class="<?cs if:d.Off == "1" ?>off<?cs /if ?>"><?cs var:L.Calendar.W[d.Wd] ?></th><?cs /each ?></tr></thead>
    <tbody><?cs each:p = DC.People ?><tr><th scope="row" class="person"><?cs var:p.Name ?></th><?cs each:c = p.Cells ?><td class="<?cs var:c ?><?cs if:DC.Days[name(c)].Off == "1" ?> off<?cs /if ?><?cs if:DC.Days[name(c)].Today == "1" ?> today<?cs /if ?>"><?cs if:c == "leave" ?><?cs var:L.DeptCal.LeaveMark ?><?cs elif:c == "leave half" ?><?cs var:L.DeptCal.LeaveMark ?>½<?cs elif:c == "outing" ?><?cs var:L.DeptCal.OutingMark ?><?cs /if ?></td><?cs /each ?></tr><?cs /each ?></tbody>
  </table>
  </div>
</section>
<?cs include:"layout/foot.cs" ?>
