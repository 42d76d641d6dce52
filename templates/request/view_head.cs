<?cs include:"layout/head.cs" ?>
<?cs if:Submitted ?><p class="notice" role="status"><?cs var:L.Request.SubmittedNotice ?></p><?cs /if ?>
<?cs if:DraftSaved ?><p class="notice" role="status"><?cs var:L.Request.DraftNotice ?></p><?cs /if ?>
<?cs if:Done ?><p class="notice done" role="status"><?cs var:Done ?></p><?cs /if ?>
<section class="card request">
  <h1><?cs var:Req.TypeName ?> <span class="number"><?cs var:Req.Number ?></span></h1>
  <p class="state state-<?cs var:Req.State ?>"><?cs var:Req.StateName ?></p>
  <dl class="facts">
    <dt><?cs var:L.Request.Subject ?></dt><dd><?cs var:Req.Title ?></dd>
    <dt><?cs var:L.Request.Requester ?></dt><dd><?cs var:Req.Requester ?> · <?cs var:Req.Dept ?></dd>
    <?cs if:Req.FiledBy ?><dt><?cs var:L.Request.FiledBy ?></dt><dd><?cs var:Req.FiledBy ?></dd><?cs /if ?>
    <dt><?cs var:L.Request.SubmittedAt ?></dt><dd><?cs var:Req.Submitted ?></dd>
