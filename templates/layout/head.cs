<?cs include:"layout/macros.cs" ?><!DOCTYPE html>
<html lang="<?cs var:Lang ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs var:Page.Title ?> · <?cs var:L.App.Name ?></title>
<link rel="stylesheet" href="/static/liaison.css">
<link rel="stylesheet" href="/static/print.css" media="print">
</head>
<body>
<header class="top">
  <a class="brand" href="/"><?cs var:L.App.Name ?></a>
  <?cs if:User.Id ?>
  <input type="checkbox" id="menu-toggle" class="menu-toggle" aria-label="<?cs var:L.Nav.Menu ?>">
  <label for="menu-toggle" class="menu-button"><?cs var:L.Nav.Menu ?><?cs if:Unread > 0 ?> <span class="badge"><?cs var:Unread ?></span><?cs /if ?></label>
  <nav class="areas" aria-label="<?cs var:L.Nav.Label ?>">
    <a href="/"><?cs var:L.Nav.Home ?></a>
    <a href="/lists/inbox"><?cs var:L.Nav.Inbox ?></a>
    <a href="/lists/mine"><?cs var:L.Nav.Mine ?></a>
    <?cs each:n = TypeNav ?><a href="<?cs var:n.Href ?>"><?cs var:n.Label ?></a><?cs /each ?>
    <?cs if:User.Role.clerk || User.Role.gm ?><a href="/attendance"><?cs var:L.Nav.Attendance ?></a><?cs /if ?>
    <?cs if:User.Role.finance || User.Role.clerk || User.Role.gm ?><a href="/salaries"><?cs var:L.Nav.Salaries ?></a><?cs /if ?>
    <?cs if:User.Role.head || User.Role.deputy || User.Role.director || User.Role.gm || User.Role.admin ?><a href="/handovers"><?cs var:L.Nav.Handovers ?></a><?cs /if ?>
    <?cs if:User.Role.admin ?><a href="/admin/users"><?cs var:L.Nav.Admin ?></a><?cs /if ?>
  </nav>
  <div class="who">
    <a href="/account"><?cs var:User.Name ?></a>
    <a href="/notifications"><?cs var:L.Notice.Title ?><?cs if:Unread > 0 ?> <span class="badge"><?cs var:Unread ?></span><?cs /if ?></a>
    <form method="post" action="/logout" class="inline">
      <input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
      <button type="submit" class="link"><?cs var:L.Nav.Logout ?></button>
    </form>
  </div>
  <?cs /if ?>
</header>
<main>
<?cs if:Notice ?><p class="notice" role="status"><?cs var:Notice ?></p><?cs /if ?>
