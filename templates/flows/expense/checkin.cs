<?cs # EX-07 出差报平安: the trip under way today and checking in with a short note and, if wished, a place. ?>
<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Expense.CheckinTitle ?></h1>
  <?cs if:Trip.Id ?>
  <p id="trip"><a href="/requests/<?cs var:Trip.Id ?>"><?cs var:Trip.Number ?></a> · <?cs var:Trip.Destination ?> · <?cs var:Trip.Depart ?> ~ <?cs var:Trip.Return ?></p>
  <p class="hint"><?cs var:L.Expense.PerDay ?> <?cs var:PerDay ?></p>
  <?cs if:Form.HasErrors ?><p class="alert" role="alert"><?cs var:L.Form.HasErrors ?></p><?cs /if ?>
  <form method="post" action="/expense/checkin">
    <?cs call:csrf() ?>
    <?cs call:input("note", L.Expense.CheckinNote, "text", " maxlength='200' required") ?>
    <?cs call:input("place", L.Expense.CheckinPlace, "text", " maxlength='100'") ?>
    <div class="buttons"><button type="submit" class="primary"><?cs var:L.Expense.CheckinButton ?></button></div>
  </form>
  <?cs if:Checkins.0.At ?>
  <h2><?cs var:L.Expense.Checkins ?></h2>
  <ul id="checkins"><?cs each:c = Checkins ?><li><?cs var:c.At ?> <?cs var:c.Note ?><?cs if:c.Place ?> · <?cs var:c.Place ?><?cs /if ?></li><?cs /each ?></ul>
  <?cs /if ?>
  <?cs else ?>
  <p id="no-trip"><?cs var:L.Expense.NoTrip ?></p>
  <?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
