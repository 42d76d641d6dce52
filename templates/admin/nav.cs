<nav class="subnav" aria-label="<?cs var:L.Nav.Admin ?>">
  <a href="/admin/users"><?cs var:L.Admin.Users.Title ?></a>
  <a href="/admin/departments"><?cs var:L.Admin.Depts.Title ?></a>
  <a href="/admin/settings"><?cs var:L.Admin.Settings.Title ?></a>
  <a href="/admin/calendar"><?cs var:L.Nav.Calendar ?></a>
  <a href="/admin/leave-types"><?cs var:L.LeaveAdmin.Nav ?></a>
  <a href="/admin/routes"><?cs var:L.Routes.Title ?></a>
  <a href="/admin/audit"><?cs var:L.Admin.Audit.Title ?></a>
  <a href="/admin/outbox"><?cs var:L.Mailer.Outbox.Title ?></a>
</nav>
