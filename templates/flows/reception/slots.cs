<?cs # Free and busy rooms and cars of a day, hour by hour (RC-05): tentative and firm holds told apart. ?>
<?cs include:"layout/head.cs" ?>
<link rel="stylesheet" href="/static/reception.css">
<section class="card">
  <h1><?cs var:L.Reception.WeekTitle ?> <span id="day"><?cs var:Day ?></span></h1>
  <form method="get" action="/resources" class="inline">
    <label for="day-pick"><?cs var:L.Reception.Day ?></label>
    <input id="day-pick" name="day" type="date" value="<?cs var:Day ?>">
    <button type="submit"><?cs var:L.Reception.Show ?></button>
    <a href="/resources?day=<?cs var:PrevDay ?>">‹ <?cs var:PrevDay ?></a> · <a href="/resources?day=<?cs var:NextDay ?>"><?cs var:NextDay ?> ›</a>
  </form>
  <p class="legend"><span class="slot free"><?cs var:L.Reception.Hold.free ?></span> <span class="slot tentative"><?cs var:L.Reception.Hold.tentative ?></span> <span class="slot firm"><?cs var:L.Reception.Hold.firm ?></span></p>
  <div class="table-wrap"><table class="slots" id="slots">
    <thead><tr><th><?cs var:L.Reception.ResName ?></th><?cs each:h = Hours ?><th><?cs var:h ?>:00</th><?cs /each ?></tr></thead>
    <tbody><?cs each:g = Grid ?><tr><th><?cs var:g.Name ?> <span class="hint"><?cs var:g.Kind ?></span></th>
      <?cs each:c = g.Cells ?><td class="slot <?cs var:c.State ?>" title="<?cs var:L.Reception.Hold[c.State] ?>"><?cs if:c.Number ?><a href="/requests/<?cs var:c.Request ?>"><?cs var:c.Number ?></a><?cs /if ?></td><?cs /each ?></tr><?cs /each ?></tbody>
  </table></div>
  <h2><?cs var:L.Reception.WeekOf ?></h2>
  <div class="table-wrap"><table class="week" id="week">
    <thead><tr><th><?cs var:L.Reception.ResName ?></th><?cs each:d = WeekDays ?><th><a href="/resources?day=<?cs var:d.Day ?>"><?cs var:d.Name ?> <?cs var:string.slice(d.Day, 5, 10) ?></a></th><?cs /each ?></tr></thead>
    <tbody><?cs each:w = Week ?><tr><th><?cs var:w.Name ?></th>
      <?cs each:d = w.Days ?><td class="<?cs var:d.State ?>"><?cs each:h = d.Holds ?><a class="slot <?cs var:h.State ?>" href="/requests/<?cs var:h.Request ?>" title="<?cs var:h.Number ?> <?cs var:L.Reception.Hold[h.State] ?>"><?cs var:h.From ?>–<?cs var:h.To ?></a> <?cs /each ?><?cs if:d.State == "free" ?><span class="hint"><?cs var:L.Reception.Hold.free ?></span><?cs /if ?></td><?cs /each ?></tr><?cs /each ?></tbody>
  </table></div>
  <?cs if:User.Role.admin || User.Role.office ?><p><a href="/resources/admin"><?cs var:L.Reception.ResourcesTitle ?></a></p><?cs /if ?>
  <p><a class="button" href="/new/reception"><?cs var:L.Reception.New ?></a></p>
</section>
<?cs include:"layout/foot.cs" ?>
