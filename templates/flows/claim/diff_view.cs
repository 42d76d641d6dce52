<?cs # The difference of a claim beyond its margin (EX-05), decided along its own route. ?>
<?cs include:"request/view_head.cs" ?>
    <dt><?cs var:L.Claim.Claim ?></dt><dd><a href="/requests/<?cs var:Vals.claim_id ?>"><?cs var:Vals.claim_number ?></a></dd>
    <dt><?cs var:L.Claim.Approved ?></dt><dd><?cs var:Vals.approved_text ?></dd>
    <dt><?cs var:L.Claim.Actual ?></dt><dd><?cs var:Vals.actual_text ?></dd>
    <dt><?cs var:L.Claim.Diff ?></dt><dd id="diff-amount"><?cs var:Vals.amount_text ?></dd>
<?cs include:"request/view_foot.cs" ?>
