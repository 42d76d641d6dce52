<?cs # The consolidated report as a sheet to print and sign (A4). ?>
<?cs include:"layout/macros.cs" ?><!DOCTYPE html>
<html lang="<?cs var:Lang ?>">
<head>
<meta charset="utf-8">
<title><?cs var:L.Supplies.ReportTitle ?> <?cs var:Report.No ?></title>
<link rel="stylesheet" href="/static/liaison.css">
<link rel="stylesheet" href="/static/print.css">
</head>
<body class="sheet">
<main>
<?cs include:"flows/supplies/report_table.cs" ?>
  <h1><?cs var:L.Supplies.ReportTitle ?> · <?cs var:Report.No ?></h1>
  <table class="sheet-head">
    <tr><th><?cs var:L.Supplies.Creator ?></th><td><?cs var:Report.Creator ?></td><th><?cs var:L.Supplies.Created ?></th><td><?cs var:Report.Created ?></td></tr>
    <tr><th><?cs var:L.Supplies.State ?></th><td><?cs var:Report.StateName ?></td><th><?cs var:L.Supplies.Requests ?></th><td><?cs var:Report.Requests ?></td></tr>
    <?cs if:Report.State == "sent" ?><tr><th><?cs var:L.Supplies.SentTo ?></th><td><?cs var:Report.SentTo ?></td><th><?cs var:L.Supplies.Sent ?></th><td><?cs var:Report.Sent ?></td></tr><?cs /if ?>
  </table>
  <?cs call:report_tables(0) ?>
  <table class="sheet-head signatures">
    <tr><th><?cs var:L.Supplies.SignAssistant ?></th><td></td><th><?cs var:L.Supplies.SignManager ?></th><td></td></tr>
  </table>
</main>
</body>
</html>
