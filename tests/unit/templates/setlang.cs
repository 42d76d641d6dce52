<?cs set:L.Test.Greeting = "overwritten" ?><?cs var:L.Test.Greeting ?>
