<!DOCTYPE html>
<html lang="<?cs var:Lang ?>">
<head>
<meta charset="utf-8">
<title><?cs var:L.Request.PrintTitle ?> <?cs var:Req.Number ?></title>
<link rel="stylesheet" href="/static/liaison.css">
<link rel="stylesheet" href="/static/print.css">
</head>
<body class="sheet">
<main>
  <h1><?cs var:L.Request.PrintTitle ?> · <?cs var:Req.TypeName ?></h1>
  <table class="sheet-head">
    <tr><th><?cs var:L.Request.Number ?></th><td><?cs var:Req.Number ?></td><th><?cs var:L.Request.State ?></th><td><?cs var:Req.StateName ?></td></tr>
    <tr><th><?cs var:L.Request.Requester ?></th><td><?cs var:Req.Requester ?> · <?cs var:Req.Dept ?></td><th><?cs var:L.Request.SubmittedAt ?></th><td><?cs var:Req.Submitted ?></td></tr>
    <?cs if:Req.FiledBy ?><tr><th><?cs var:L.Request.FiledBy ?></th><td colspan="3"><?cs var:Req.FiledBy ?></td></tr><?cs /if ?>
    <tr><th><?cs var:L.Request.Subject ?></th><td colspan="3"><?cs var:Req.Title ?></td></tr>
    <?cs each:v = ValList ?><tr><th><?cs var:v.Label ?></th><td colspan="3" class="lines"><?cs var:v.Value ?></td></tr><?cs /each ?>
  </table>
  <h2><?cs var:L.Attach.Title ?></h2>
  <ul><?cs each:a = Attachments ?><li><?cs var:a.Name ?> (<?cs var:a.Label ?>, <?cs var:a.At ?>)</li><?cs /each ?><?cs if:!Attachments.0.Id ?><li>—</li><?cs /if ?></ul>
  <?cs if:Signatures.0.Name ?>
  <h2><?cs var:L.Sign.Title ?></h2>
  <table class="cards signatures">
    <thead><tr><th><?cs var:L.Sign.Who ?></th><th><?cs var:L.Sign.At ?></th><th><?cs var:L.Sign.Via ?></th><th><?cs var:L.Sign.Hash ?></th><th><?cs var:L.Sign.Valid ?></th></tr></thead>
    <tbody><?cs each:g = Signatures ?><tr><td data-label="<?cs var:L.Sign.Who ?>"><?cs var:g.Name ?></td><td data-label="<?cs var:L.Sign.At ?>"><?cs var:g.At ?></td><td data-label="<?cs var:L.Sign.Via ?>"><?cs var:g.Via ?></td><td data-label="<?cs var:L.Sign.Hash ?>" class="hash"><code><?cs var:g.Sha256 ?></code></td><td data-label="<?cs var:L.Sign.Valid ?>"><?cs if:g.Current ?><?cs var:L.Sign.Current ?><?cs else ?><?cs var:L.Sign.Void ?><?cs /if ?></td></tr><?cs /each ?></tbody>
  </table>
  <?cs /if ?>
  <h2><?cs var:L.Request.Route ?></h2>
  <table class="cards">
    <thead><tr><th><?cs var:L.Request.Step ?></th><th><?cs var:L.Request.Who ?></th><th><?cs var:L.Request.Result ?></th><th><?cs var:L.Request.When ?></th><th><?cs var:L.Request.Comment ?></th></tr></thead>
    <tbody>
    <?cs each:s = Steps ?><?cs each:a = Assignees ?><?cs if:a.Step == s.Id ?>
      <tr><td data-label="<?cs var:L.Request.Step ?>"><?cs var:s.Name ?></td><td data-label="<?cs var:L.Request.Who ?>"><?cs var:a.Name ?><?cs if:a.ActingFor ?> <?cs var:L.Request.ActingFor ?> <?cs var:a.ActingFor ?><?cs /if ?></td><td data-label="<?cs var:L.Request.Result ?>"><?cs var:a.State ?></td><td data-label="<?cs var:L.Request.When ?>"><?cs var:a.At ?></td><td data-label="<?cs var:L.Request.Comment ?>"><?cs var:a.Comment ?></td></tr>
    <?cs /if ?><?cs /each ?><?cs /each ?>
    </tbody>
  </table>
  <h2><?cs var:L.Request.Timeline ?></h2>
  <div class="table-wrap" tabindex="0"><table class="paper">
    <tbody><?cs each:t = Timeline ?><tr><td><?cs var:t.At ?></td><td><?cs var:t.Who ?></td><td><?cs var:t.What ?><?cs if:t.Detail ?>: <?cs var:t.Detail ?><?cs /if ?></td><td><?cs var:t.Via ?></td></tr><?cs /each ?></tbody>
  </table></div>
  <p class="printed"><?cs var:L.Request.PrintedBy ?> <?cs var:User.Name ?></p>
</main>
</body>
</html>
