<?cs include:"request/view_head.cs" ?>
<?cs include:"request/view_foot.cs" ?>
