<!DOCTYPE html>
<html lang="<?cs var:Lang ?>"><head><meta charset="utf-8"><title><?cs var:Mail.Number ?></title></head>
<body style="font-family: sans-serif; line-height: 1.6">
<p><?cs var:L.Mail.Hello ?></p>
<p><strong><?cs var:Mail.What ?></strong>: <?cs var:Mail.Number ?> <?cs var:Mail.Title ?></p>
<?cs if:Mail.Link ?>
<p><a href="<?cs var:Mail.Link ?>"><?cs var:L.Mail.LinkButton ?></a></p>
<p style="color: #616e7c"><?cs var:L.Mail.LinkNote ?></p>
<?cs else ?>
<p><a href="<?cs var:Mail.Url ?>"><?cs var:L.Mail.ViewButton ?></a></p>
<?cs /if ?>
<p style="color: #616e7c">— <?cs var:L.App.Name ?></p>
</body></html>
