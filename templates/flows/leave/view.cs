<?cs include:"request/view_head.cs" ?>
    <dt><?cs var:L.Leave.KindLabel ?></dt><dd><?cs alt:L.Leave.Kind[Vals.kind] ?><?cs if:Lang == "en" ?><?cs var:Vals.kind_en ?><?cs else ?><?cs var:Vals.kind_zh ?><?cs /if ?><?cs /alt ?></dd>
    <dt><?cs var:L.Leave.Period ?></dt><dd><?cs var:Vals.first ?> <?cs var:L.Leave.Part[Vals.first_part] ?> ~ <?cs var:Vals.last ?> <?cs var:L.Leave.Part[Vals.last_part] ?></dd>
    <dt><?cs var:L.Leave.Length ?></dt><dd id="leave-days"><?cs var:Vals.days_text ?> <?cs var:L.Leave.Fact.WorkDays ?><?cs if:Vals.ended_early ?> (<?cs var:L.Leave.EndedEarly ?>)<?cs /if ?></dd>
    <?cs if:Vals.counted_as != Vals.kind ?><dt><?cs var:L.Leave.CountedAs ?></dt><dd id="counted-as" class="warn"><?cs alt:L.Leave.Kind[Vals.counted_as] ?><?cs var:Vals.counted_as ?><?cs /alt ?> — <?cs var:L.Leave.Fact.CountedPersonal ?></dd><?cs /if ?>
    <dt><?cs var:L.Leave.Reason ?></dt><dd class="lines"><?cs var:Vals.reason ?></dd>
    <?cs if:Vals.statement ?><dt><?cs var:L.Leave.Statement ?></dt><dd class="lines"><?cs var:Vals.statement ?></dd><?cs /if ?>
    <dt><?cs var:L.Leave.Certificate ?></dt><dd id="has-cert"><?cs if:Vals.has_certificate == "1" ?><?cs var:L.Leave.CertYes ?><?cs else ?><?cs var:L.Leave.CertNo ?><?cs /if ?></dd>
<?cs if:(Can.Withdraw || Can.Cancel) && Vals.cert_missing ?>
  </dl>
  <form method="post" action="/leave/<?cs var:Req.Id ?>/certificate" enctype="multipart/form-data" class="task">
    <h2><?cs var:L.Leave.AddCert ?></h2>
    <?cs call:csrf() ?>
    <label for="certificate"><?cs var:L.Leave.Certificate ?></label>
    <input id="certificate" name="certificate" type="file" required accept="application/pdf,image/jpeg,image/png">
    <button type="submit" class="primary"><?cs var:L.Leave.AddCertButton ?></button>
  </form>
  <dl class="facts">
<?cs /if ?>
<?cs if:Can.Cancel ?>
  </dl>
  <form method="post" action="/leave/<?cs var:Req.Id ?>/back" class="task">
    <h2><?cs var:L.Leave.BackTitle ?></h2>
    <?cs call:csrf() ?>
    <label for="back_day"><?cs var:L.Leave.BackDay ?></label>
    <input id="back_day" name="back_day" type="date" required>
    <label for="back_part"><?cs var:L.Leave.BackPart ?></label>
    <select id="back_part" name="back_part"><option value="morning"><?cs var:L.Leave.Part.morning ?></option><option value="afternoon"><?cs var:L.Leave.Part.afternoon ?></option></select>
    <button type="submit"><?cs var:L.Leave.BackButton ?></button>
  </form>
  <dl class="facts">
<?cs /if ?>
<?cs include:"request/view_foot.cs" ?>
