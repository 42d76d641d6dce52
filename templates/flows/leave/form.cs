<?cs # The leave form: types, days with their halves, and before submitting what the rules say (LV-01..LV-05, LV-12). ?>
<?cs include:"request/form_head.cs" ?>
<?cs def:part_select(name, label) ?>
<label for="<?cs var:name ?>"><?cs var:label ?></label>
<select id="<?cs var:name ?>" name="<?cs var:name ?>">
  <option value="whole"<?cs if:Form[name].Value == "whole" ?> selected<?cs /if ?>><?cs var:L.Leave.Part.whole ?></option>
  <option value="morning"<?cs if:Form[name].Value == "morning" ?> selected<?cs /if ?>><?cs var:L.Leave.Part.morning ?></option>
  <option value="afternoon"<?cs if:Form[name].Value == "afternoon" ?> selected<?cs /if ?>><?cs var:L.Leave.Part.afternoon ?></option>
</select>
<?cs call:error(name) ?>
<?cs /def ?>
    <label for="kind"><?cs var:L.Leave.KindLabel ?></label>
    <select id="kind" name="kind">
    <?cs if:LeaveTypes.0.Code ?>
      <?cs each:t = LeaveTypes ?><option value="<?cs var:t.Code ?>"<?cs if:Form.kind.Value == t.Code ?> selected<?cs /if ?>><?cs var:t.Name ?></option><?cs /each ?>
    <?cs else ?>
      <?cs each:t = L.Leave.Kind ?><option value="<?cs name:t ?>"<?cs if:Form.kind.Value == name(t) ?> selected<?cs /if ?>><?cs var:t ?></option><?cs /each ?>
    <?cs /if ?>
    </select>
    <?cs call:error("kind") ?>
    <div class="row">
      <div><?cs call:input("first", L.Leave.First, "date", " required") ?></div>
      <div><?cs call:part_select("first_part", L.Leave.FirstPart) ?></div>
    </div>
    <div class="row">
      <div><?cs call:input("last", L.Leave.Last, "date", " required") ?></div>
      <div><?cs call:part_select("last_part", L.Leave.LastPart) ?></div>
    </div>
    <?cs call:textarea("reason", L.Leave.Reason) ?>
    <?cs call:textarea("statement", L.Leave.Statement) ?>
    <p class="hint"><?cs var:L.Leave.StatementHint ?></p>
    <label for="certificate"><?cs var:L.Leave.Certificate ?></label>
    <input id="certificate" name="certificate" type="file" accept="application/pdf,image/jpeg,image/png"><?cs call:rechoose("certificate") ?>
    <?cs call:error("certificate") ?>
    <p class="hint"><?cs var:L.Leave.CertificateHint ?></p>
    <?cs if:Balances.0.Name ?>
    <table class="balances">
      <caption><?cs var:L.Leave.BalanceTitle ?> <?cs var:Balances.Year ?></caption>
      <thead><tr><th><?cs var:L.Leave.KindLabel ?></th><th><?cs var:L.Leave.Entitled ?></th><th><?cs var:L.Leave.Used ?></th><th><?cs var:L.Leave.Pending ?></th><th><?cs var:L.Leave.Left ?></th></tr></thead>
      <tbody><?cs each:b = Balances ?><?cs if:b.Name ?><tr><td><?cs var:b.Name ?></td><td><?cs var:b.Entitled ?></td><td><?cs var:b.Used ?></td><td><?cs var:b.Pending ?></td><td><?cs var:b.Left ?></td></tr><?cs /if ?><?cs /each ?></tbody>
    </table>
    <?cs /if ?>
    <?cs if:Facts.Shown ?>
    <section class="facts-box" id="facts" aria-live="polite">
      <h2><?cs var:L.Leave.FactsTitle ?></h2>
      <?cs if:Facts.Refusal ?><p class="alert" role="alert"><?cs var:Facts.Refusal ?></p><?cs /if ?>
      <?cs if:Facts.Days ?>
      <ul class="rules">
        <li id="fact-days"><?cs var:L.Leave.Fact.Length ?> <strong><?cs var:Facts.Days ?></strong> <?cs var:L.Leave.Fact.WorkDays ?></li>
        <?cs if:Facts.Notice == "sick" ?>
        <li id="fact-notice"><?cs var:L.Leave.Fact.SickNotice ?> <strong><?cs var:Facts.Cutoff ?></strong><?cs if:Facts.Late == "1" ?> — <?cs if:Facts.OnBehalf == "1" ?><?cs var:L.Leave.Fact.LateOnBehalf ?><?cs else ?><?cs var:L.Leave.Fact.LateSick ?><?cs /if ?><?cs /if ?></li>
        <?cs elif:Facts.Notice == "personal" ?>
        <li id="fact-notice"><?cs var:L.Leave.Fact.PersonalNotice ?> <strong><?cs var:Facts.Cutoff ?></strong><?cs if:Facts.Late == "1" ?> — <?cs var:L.Leave.Fact.LatePersonal ?><?cs /if ?></li>
        <?cs /if ?>
        <?cs if:Facts.Run.0.Number ?>
        <li id="fact-run"><?cs var:L.Leave.Fact.Run ?> <?cs each:p = Facts.Run ?><a href="/requests/<?cs var:p.Id ?>"><?cs var:p.Number ?></a><?cs if:!last(p) ?>、<?cs /if ?><?cs /each ?>；<?cs var:L.Leave.Fact.RunTotal ?> <strong><?cs var:Facts.RunDays ?></strong></li>
        <?cs /if ?>
        <?cs if:Facts.CertDays > 0 ?>
        <li id="fact-cert-rule"><?cs var:L.Leave.Fact.CertFrom ?> <?cs var:Facts.CertDays ?> <?cs var:L.Leave.Fact.CertFromDays ?><?cs if:Facts.CertCalendar == "1" ?><?cs var:L.Leave.Fact.CertCalendar ?><?cs else ?><?cs var:L.Leave.Fact.CertWorkdays ?><?cs /if ?></li>
        <?cs /if ?>
        <?cs if:Facts.CertNeeded == "1" ?>
        <li id="fact-cert"><?cs if:Facts.CountedPersonal == "1" ?><strong class="warn"><?cs var:L.Leave.Fact.CountedPersonal ?></strong> <?cs var:L.Leave.Fact.CertLater ?> <?cs var:Facts.CertDeadline ?><?cs else ?><?cs var:L.Leave.Fact.CertOk ?><?cs /if ?></li>
        <?cs /if ?>
        <?cs if:Facts.GM == "1" ?><li id="fact-gm"><?cs var:L.Leave.Fact.GM ?></li><?cs /if ?>
        <?cs if:Facts.MaxDays > 0 ?><li><?cs var:L.Leave.Fact.MaxDays ?> <?cs var:Facts.MaxDays ?> <?cs var:L.Leave.Fact.Days ?></li><?cs /if ?>
        <?cs if:Facts.Balance.Applies ?><li id="fact-balance"><?cs var:L.Leave.Fact.Balance ?> <?cs var:Facts.Balance.Entitled ?>, <?cs var:L.Leave.Used ?> <?cs var:Facts.Balance.Used ?>, <?cs var:L.Leave.Pending ?> <?cs var:Facts.Balance.Pending ?>, <?cs var:L.Leave.Left ?> <?cs var:Facts.Balance.Left ?><?cs if:Facts.Balance.Over == "1" ?> — <strong class="warn"><?cs var:L.Leave.Err.Balance ?></strong><?cs /if ?></li><?cs /if ?>
        <?cs if:Facts.Overlap ?><li><strong class="warn"><?cs var:L.Leave.Err.Overlap ?></strong> <?cs var:Facts.Overlap ?></li><?cs /if ?>
        <li><?cs var:L.Leave.Fact.Deduct ?> <?cs var:Facts.DeductPercent ?>%</li>
        <li id="fact-approvers"><?cs var:L.Leave.Fact.Approvers ?>
          <?cs each:a = Facts.Approvers ?><?cs var:a.Step ?>（<?cs each:n = a.Names ?><?cs var:n ?><?cs if:!last(n) ?>、<?cs /if ?><?cs /each ?><?cs if:!a.Names.0 ?><?cs var:L.Leave.Fact.Nobody ?><?cs /if ?>）<?cs if:!last(a) ?> → <?cs /if ?><?cs /each ?></li>
      </ul>
      <?cs /if ?>
    </section>
    <?cs /if ?>
    <button type="submit" formaction="/new/leave/check" formnovalidate><?cs var:L.Leave.Check ?></button>
<?cs include:"request/form_foot.cs" ?>
