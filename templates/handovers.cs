<?cs include:"layout/head.cs" ?>
<section class="card">
  <h1><?cs var:L.Handover.Title ?></h1>
  <p class="hint"><?cs var:L.Handover.Intro ?></p>
  <?cs each:h = Lists ?>
  <article class="handover" id="handover-<?cs var:h.Id ?>">
    <h2><?cs var:h.Person ?> · <?cs var:h.Reason ?><?cs if:h.To ?>（<?cs var:h.From ?> → <?cs var:h.To ?>）<?cs else ?>（<?cs var:h.From ?>）<?cs /if ?></h2>
    <p class="hint"><?cs var:h.At ?> · <?cs var:L.Handover.Successor ?> <?cs var:h.Successor ?> · <?cs var:L.Handover.Moved ?> <?cs var:h.Moved ?></p>
    <?cs if:h.Items.0.Id ?>
    <table class="cards">
      <thead><tr><th><?cs var:L.Handover.What ?></th><th><?cs var:L.Request.Number ?></th><th><?cs var:L.Request.State ?></th></tr></thead>
      <tbody><?cs each:i = h.Items ?><tr><td data-label="<?cs var:L.Handover.What ?>"><?cs var:i.Kind ?></td><td data-label="<?cs var:L.Request.Number ?>"><a href="/requests/<?cs var:i.Id ?>"><?cs var:i.Number ?></a></td><td data-label="<?cs var:L.Request.State ?>"><?cs var:i.State ?></td></tr><?cs /each ?></tbody>
    </table>
    <?cs else ?><p><?cs var:L.Handover.Nothing ?></p><?cs /if ?>
    <?cs if:h.ConfirmedBy ?><p class="notice"><?cs var:L.Handover.ConfirmedBy ?> <?cs var:h.ConfirmedBy ?></p>
    <?cs elif:h.CanConfirm ?>
    <form method="post" action="/handovers/<?cs var:h.Id ?>/confirm">
      <?cs call:csrf() ?>
      <label class="check"><input type="checkbox" name="confirm" value="1" required> <?cs var:L.Handover.ConfirmCheck ?></label>
      <button type="submit" class="primary"><?cs var:L.Handover.Confirm ?></button>
    </form>
    <?cs else ?><p class="hint"><?cs var:L.Handover.Waiting ?></p><?cs /if ?>
  </article>
  <?cs /each ?>
  <?cs if:!Lists.0.Id ?><p class="hint"><?cs var:L.Handover.Empty ?></p><?cs /if ?>
</section>
<?cs include:"layout/foot.cs" ?>
