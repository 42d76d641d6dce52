<?cs include:"layout/head.cs" ?>
<?cs include:"admin/nav.cs" ?>
<section class="card">
  <h1><?cs var:L.Mailer.Outbox.Title ?></h1>
  <p><?cs var:L.Mailer.Outbox.Intro ?><?cs if:Demo ?> <?cs var:L.Mailer.Outbox.DemoHint ?><?cs /if ?></p>
  <p class="outbox-states"><?cs each:s = States ?><span><?cs var:L.Mailer.State[s.Name] ?> <?cs var:s.Count ?></span> <?cs /each ?></p>
  <form method="get" action="/admin/outbox" class="filters">
    <div><label for="state"><?cs var:L.Mailer.Outbox.State ?></label>
      <select id="state" name="state"><option value=""><?cs var:L.List.All ?></option>
      <?cs each:c = StateChoices ?><option value="<?cs var:c ?>"<?cs if:Form.state.Value == c ?> selected<?cs /if ?>><?cs var:L.Mailer.State[c] ?></option><?cs /each ?></select><?cs call:error("state") ?></div>
    <button type="submit"><?cs var:L.List.Filter ?></button>
  </form>
  <div class="table-wrap"><table class="cards">
    <thead><tr><th>#</th><th><?cs var:L.Mailer.Outbox.Created ?></th><th><?cs var:L.Mailer.Outbox.To ?></th><th><?cs var:L.Mailer.Outbox.Subject ?></th><th><?cs var:L.Mailer.Outbox.State ?></th><th><?cs var:L.Mailer.Outbox.Attempts ?></th><th><?cs var:L.Mailer.Outbox.NextTry ?></th><th><?cs var:L.Mailer.Outbox.SentAt ?></th><th><?cs var:L.Mailer.Outbox.Error ?></th></tr></thead>
    <tbody>
    <?cs each:m = Rows ?><tr class="outbox-<?cs var:m.State ?>">
      <td data-label="#"><?cs var:m.Id ?></td><td data-label="<?cs var:L.Mailer.Outbox.Created ?>"><?cs var:m.At ?></td><td data-label="<?cs var:L.Mailer.Outbox.To ?>"><?cs var:m.Name ?><?cs if:m.Addr ?> &lt;<?cs var:m.Addr ?>&gt;<?cs /if ?></td>
      <td data-label="<?cs var:L.Mailer.Outbox.Subject ?>"><?cs var:m.Subject ?><?cs if:Demo ?>
        <?cs if:m.Link ?><br><a href="<?cs var:m.Link ?>"><?cs var:L.Mailer.Outbox.OpenLink ?></a><?cs /if ?>
        <details><summary><?cs var:L.Mailer.Outbox.Text ?></summary><pre class="mail-text"><?cs var:m.Text ?></pre></details><?cs /if ?></td>
      <td data-label="<?cs var:L.Mailer.Outbox.State ?>"><?cs var:L.Mailer.State[m.State] ?></td><td data-label="<?cs var:L.Mailer.Outbox.Attempts ?>"><?cs var:m.Attempts ?></td><td data-label="<?cs var:L.Mailer.Outbox.NextTry ?>"><?cs var:m.NextTry ?></td><td data-label="<?cs var:L.Mailer.Outbox.SentAt ?>"><?cs var:m.SentAt ?></td><td data-label="<?cs var:L.Mailer.Outbox.Error ?>"><?cs var:m.Error ?></td></tr>
    <?cs /each ?>
    </tbody>
  </table></div>
  <?cs if:!Rows.0.Id ?><p><?cs var:L.Mailer.Outbox.Empty ?></p><?cs /if ?>
  <?cs call:pager("/admin/outbox?state=" + url_escape(Form.state.Value) + "&") ?>
</section>
<?cs include:"layout/foot.cs" ?>
