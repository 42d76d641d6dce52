<script>var a = "<?cs var:js_escape(V) ?>"; var b = '<?cs escape:"js" ?><?cs var:V ?><?cs /escape ?>';</script>
