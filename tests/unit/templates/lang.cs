<h1><?cs var:L.Test.Greeting ?></h1><p><?cs var:L.Test.Nested.Deep ?></p><i><?cs var:L.Test.Markup ?></i>
