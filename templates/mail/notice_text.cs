<?cs escape: "none" ?><?cs var:L.Mail.Hello ?>

<?cs var:Mail.What ?>: <?cs var:Mail.Number ?> <?cs var:Mail.Title ?>

<?cs if:Mail.Link ?><?cs var:L.Mail.LinkIntro ?>
<?cs var:Mail.Link ?>

<?cs var:L.Mail.LinkNote ?>
<?cs else ?><?cs var:L.Mail.ViewIntro ?>
<?cs var:Mail.Url ?>
<?cs /if ?>
-- 
<?cs var:L.App.Name ?>
<?cs /escape ?>
