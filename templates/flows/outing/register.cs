<?cs include:"layout/head.cs" ?>
<section class="card register">
  <form method="get" action="/outings/register" class="filters noprint">
    <label for="month"><?cs var:L.Attendance.Month ?></label>
    <input id="month" name="month" type="month" value="<?cs var:Month ?>">
    <label for="dept"><?cs var:L.Outing.Dept ?></label>
    <select id="dept" name="dept"><option value="0"><?cs var:L.Outing.AllDepts ?></option>
      <?cs each:d = Depts ?><option value="<?cs var:d.Id ?>"<?cs if:Dept == d.Id ?> selected<?cs /if ?>><?cs var:d.Name ?></option><?cs /each ?></select>
    <button type="submit"><?cs var:L.Attendance.Show ?></button>
  </form>
  <h1 class="paper-title"><?cs var:L.Outing.RegisterTitle ?></h1>
  <p class="paper-sub"><?cs var:Month ?></p>
  <table class="paper" id="register">
    <thead><tr><th><?cs var:L.Outing.No ?></th><th><?cs var:L.Outing.Name ?></th><th><?cs var:L.Outing.Dept ?></th><th><?cs var:L.Outing.Destination ?></th><th><?cs var:L.Outing.Purpose ?></th><th><?cs var:L.Outing.From ?></th><th><?cs var:L.Outing.To ?></th><th><?cs var:L.Outing.Companions ?></th><th><?cs var:L.Outing.Back ?></th><th><?cs var:L.Outing.ManagerSign ?></th></tr></thead>
    <tbody>
    <?cs each:o = Rows ?><tr><td><?cs var:o.Number ?></td><td><?cs var:o.Name ?></td><td><?cs var:o.Dept ?></td><td><?cs var:o.Destination ?></td><td><?cs var:o.Purpose ?></td><td><?cs var:o.From ?></td><td><?cs var:o.To ?></td><td><?cs var:o.Companions ?></td><td><?cs var:o.Back ?></td><td><?cs if:o.State == "approved" ?><?cs var:o.Approver ?><?cs else ?><?cs var:L.Outing.Pending ?><?cs /if ?></td></tr><?cs /each ?>
    </tbody>
  </table>
</section>
<?cs include:"layout/foot.cs" ?>
