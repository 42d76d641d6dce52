<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Home.Welcome ?><?cs var:User.Name ?></h1>
  <p><?cs var:L.Home.Intro ?></p>
  <p><?cs var:L.Home.Waiting ?> <strong><?cs var:Home.Waiting ?></strong> <?cs if:Home.Waiting > 0 ?><a class="button primary" href="/lists/inbox"><?cs var:L.Home.GoInbox ?></a><?cs /if ?></p>
</section>
<?cs include:"calendar/home_panels.cs" ?>
<section class="card">
  <h2><?cs var:L.Home.NewRequest ?></h2>
  <p class="new-links"><?cs each:t = Types ?><a class="button" href="/new/<?cs var:t.Key ?>"><?cs var:t.Name ?></a> <?cs /each ?></p>
</section>
<?cs include:"layout/foot.cs" ?>
