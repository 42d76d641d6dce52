  </dl>
  <p class="no-print"><a href="/requests/<?cs var:Req.Id ?>/print"><?cs var:L.Request.Print ?></a></p>
  <?cs if:Linked.0.Id ?>
  <h2><?cs var:L.Links.Title ?></h2>
  <ul class="linked"><?cs each:l = Linked ?><li><?cs var:l.Kind ?>: <a href="/requests/<?cs var:l.Id ?>"><?cs var:l.Number ?></a> (<?cs var:l.State ?>)</li><?cs /each ?></ul>
  <?cs /if ?>
  <?cs if:Attachments.0.Id ?>
  <h2><?cs var:L.Attach.Title ?></h2>
  <ul class="attachments">
  <?cs each:a = Attachments ?><li><a href="/attachments/<?cs var:a.Id ?>"><?cs var:a.Name ?></a> <span class="hint"><?cs var:a.Label ?> · <?cs var:a.At ?></span></li><?cs /each ?>
  </ul>
  <?cs /if ?>
  <?cs if:Signatures.0.Name ?>
  <h2><?cs var:L.Sign.Title ?></h2>
  <table class="cards signatures">
    <thead><tr><th><?cs var:L.Sign.Who ?></th><th><?cs var:L.Sign.At ?></th><th><?cs var:L.Sign.Via ?></th><th><?cs var:L.Sign.Hash ?></th><th><?cs var:L.Sign.Valid ?></th></tr></thead>
    <tbody><?cs each:g = Signatures ?><tr<?cs if:!g.Current ?> class="void"<?cs /if ?>><td data-label="<?cs var:L.Sign.Who ?>"><?cs var:g.Name ?></td><td data-label="<?cs var:L.Sign.At ?>"><?cs var:g.At ?></td><td data-label="<?cs var:L.Sign.Via ?>"><?cs var:g.Via ?></td><td data-label="<?cs var:L.Sign.Hash ?>" class="hash"><code><?cs var:g.Sha256 ?></code></td><td data-label="<?cs var:L.Sign.Valid ?>"><?cs if:g.Current ?><?cs var:L.Sign.Current ?><?cs else ?><?cs var:L.Sign.Void ?><?cs /if ?></td></tr><?cs /each ?></tbody>
  </table>
  <?cs /if ?>
</section>
<?cs if:Can.Decide ?>
<section class="card decide">
  <h2><?cs var:L.Decide.Title ?></h2>
  <form method="post" action="<?cs if:Link.Token ?>/a/<?cs var:Link.Token ?><?cs else ?>/requests/<?cs var:Req.Id ?>/decide<?cs /if ?>">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>"><input type="hidden" name="form_key" value="<?cs var:FormKey ?>">
    <label for="comment"><?cs var:L.Decide.Comment ?></label>
    <textarea id="comment" name="comment" maxlength="1000"></textarea>
    <div class="buttons">
      <button type="submit" name="action" value="approve" class="primary"><?cs if:Can.Kind == "two" ?><?cs var:L.Decide.Sign ?><?cs else ?><?cs var:L.Decide.Approve ?><?cs /if ?></button>
      <button type="submit" name="action" value="return"><?cs var:L.Decide.Return ?></button>
      <button type="submit" name="action" value="reject" class="danger"><?cs var:L.Decide.Reject ?></button>
    </div>
    <p class="hint"><?cs var:L.Decide.Hint ?></p>
  </form>
  <?cs if:Can.Handover || Can.AddSigner ?>
  <details class="more-actions"<?cs if:Form.who.Value ?> open<?cs /if ?>><summary><?cs var:L.Decide.More ?></summary>
  <?cs if:!Link.Token ?>
  <form method="get" action="/requests/<?cs var:Req.Id ?>" class="people-search" role="search">
    <label for="who"><?cs var:L.Decide.Find ?></label>
    <input id="who" name="who" type="search" maxlength="32" value="<?cs var:Form.who.Value ?>" autocomplete="off" aria-describedby="who-hint">
    <button type="submit"><?cs var:L.Decide.FindButton ?></button>
    <p class="hint" id="who-hint"><?cs var:L.Decide.FindHint ?></p>
  </form>
  <?cs /if ?>
  <form method="post" action="<?cs if:Link.Token ?>/a/<?cs var:Link.Token ?><?cs else ?>/requests/<?cs var:Req.Id ?>/decide<?cs /if ?>" class="more">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>"><input type="hidden" name="form_key" value="<?cs var:FormKey ?>">
    <label for="target"><?cs var:L.Decide.Target ?></label>
    <select id="target" name="target" required>
      <option value=""><?cs if:Form.who.Value && !Users.0.Id ?><?cs var:L.Decide.NobodyFound ?><?cs else ?><?cs var:L.Decide.Choose ?><?cs /if ?></option>
      <?cs if:Form.who.Value ?><?cs each:u = Users ?><?cs call:person_option(u) ?><?cs /each ?><?cs else ?><?cs each:u = Roster ?><?cs call:person_option(u) ?><?cs /each ?><?cs /if ?>
    </select>
    <div class="buttons">
      <?cs if:Can.Handover ?><button type="submit" name="action" value="handover"><?cs var:L.Decide.Handover ?></button><?cs /if ?>
      <?cs if:Can.AddSigner ?><button type="submit" name="action" value="add_before"><?cs var:L.Decide.AddBefore ?></button>
      <button type="submit" name="action" value="add_after"><?cs var:L.Decide.AddAfter ?></button><?cs /if ?>
    </div>
  </form>
  </details>
  <script src="/static/picker.js" defer></script>
  <?cs /if ?>
</section>
<?cs /if ?>
<?cs if:Can.Withdraw || Can.Cancel || Can.Edit ?>
<section class="card own">
  <?cs if:Can.Edit ?><p><a class="button primary" href="/requests/<?cs var:Req.Id ?>/edit"><?cs var:L.Request.Edit ?></a></p><?cs /if ?>
  <?cs if:Can.Withdraw ?>
  <form method="post" action="/requests/<?cs var:Req.Id ?>/withdraw">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>"><input type="hidden" name="form_key" value="<?cs var:FormKey ?>">
    <label class="check"><input type="checkbox" name="confirm" value="1" required> <?cs var:L.Request.ConfirmWithdraw ?></label>
    <button type="submit"><?cs var:L.Request.Withdraw ?></button>
  </form>
  <?cs /if ?>
  <?cs if:Can.Cancel ?>
  <form method="post" action="/requests/<?cs var:Req.Id ?>/cancel">
    <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Req.Version ?>"><input type="hidden" name="form_key" value="<?cs var:FormKey ?>">
    <label for="cancel-comment"><?cs var:L.Request.CancelReason ?></label>
    <textarea id="cancel-comment" name="comment" required maxlength="1000"></textarea>
    <label class="check"><input type="checkbox" name="confirm" value="1" required> <?cs var:L.Request.ConfirmCancel ?></label>
    <button type="submit" class="danger"><?cs var:L.Request.Cancel ?></button>
  </form>
  <?cs /if ?>
</section>
<?cs /if ?>
<?cs # One story per request: what happened, oldest first (who, for whom, what, their words, by which way),
       then the steps still to come with their people, then who is copied. ?>
<section class="card">
  <h2><?cs var:L.Request.Story ?></h2>
  <ol class="timeline" id="story">
  <?cs each:t = Timeline ?><li class="event"><span class="at"><?cs var:t.At ?></span> <strong><?cs var:t.Who ?></strong><?cs if:t.ActingFor ?> <?cs var:L.Request.ActingFor ?> <?cs var:t.ActingFor ?><?cs /if ?> <?cs var:t.What ?><?cs if:t.Detail ?>: <q><?cs var:t.Detail ?></q><?cs /if ?> <span class="via via-<?cs var:t.ViaKey ?>"><?cs var:t.Via ?></span></li><?cs /each ?>
  <?cs each:s = Steps ?><?cs if:s.Open ?>
    <li class="step-open"><strong><?cs var:s.Name ?></strong><?cs if:s.Round != "1" ?> (<?cs var:L.Request.Round ?> <?cs var:s.Round ?>)<?cs /if ?> <span class="chip"><?cs var:s.State ?></span>
      <ul class="people"><?cs each:a = Assignees ?><?cs if:a.Step == s.Id ?>
        <li><?cs var:a.Name ?><?cs if:a.ActingFor ?> <?cs var:L.Request.ActingFor ?> <?cs var:a.ActingFor ?><?cs /if ?> <span class="chip state-<?cs var:a.StateKey ?>"><?cs var:a.State ?></span><?cs if:a.At ?> <span class="at"><?cs var:a.At ?></span><?cs /if ?><?cs if:a.Comment ?> <q><?cs var:a.Comment ?></q><?cs /if ?></li>
      <?cs /if ?><?cs /each ?></ul></li>
  <?cs /if ?><?cs /each ?>
  <?cs if:Cc.0.Name ?><li class="cc"><strong><?cs var:L.Request.CcTo ?></strong> <?cs each:c = Cc ?><?cs if:name(c) != "0" ?><?cs var:L.Routes.And ?><?cs /if ?><?cs var:c.Name ?><?cs /each ?></li><?cs /if ?>
  </ol>
</section>
<?cs include:"layout/foot.cs" ?>
