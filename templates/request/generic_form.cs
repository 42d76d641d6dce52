<?cs # A plain form for types without their own page (the test build's probe type). ?>
<?cs include:"request/form_head.cs" ?>
    <?cs call:input("note", "note", "text", "") ?>
    <?cs call:input("shape", "shape", "text", "") ?>
    <?cs call:input("refuse_on", "refuse_on", "text", "") ?>
    <?cs call:input("link_to", "link_to", "number", "") ?>
<?cs include:"request/form_foot.cs" ?>
