<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Routes.Title ?></h1>
  <p class="hint"><?cs var:L.Routes.Hint ?></p>
  <?cs each:t = Routes ?>
  <h2><?cs var:t.Name ?> <small class="hint"><?cs var:t.Type ?></small></h2>
  <p class="route-line"><?cs each:s = t.Steps ?><?cs if:name(s) != "0" ?> → <?cs /if ?><?cs var:s.Name ?><?cs if:s.If ?>（<?cs var:s.If ?><?cs var:L.Routes.WhenEnd ?>）<?cs /if ?><?cs /each ?></p>
  <ol class="route">
    <?cs each:s = t.Steps ?>
    <li><strong><?cs var:s.Name ?></strong>: <?cs var:s.Who ?>（<?cs var:s.Kind ?>）<?cs if:s.If ?>；<?cs var:L.Routes.When ?><?cs if:Lang != "zh-CN" ?> <?cs /if ?><?cs var:s.If ?><?cs var:L.Routes.WhenEnd ?><?cs /if ?><?cs if:s.Cc ?>；<?cs var:L.Routes.Cc ?> <?cs var:s.Cc ?><?cs /if ?><?cs if:s.State ?>；<?cs var:L.Routes.Then ?> <?cs var:s.State ?><?cs /if ?></li>
    <?cs /each ?>
    <?cs if:!t.Steps.0.Name ?><li><?cs var:L.Routes.NoSteps ?></li><?cs /if ?>
  </ol>
  <?cs /each ?>
</section>
<?cs include:"layout/foot.cs" ?>
