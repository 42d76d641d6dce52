<a href="/find?q=<?cs var:url_escape(V) ?>&amp;r=<?cs escape:"url" ?><?cs var:V ?><?cs /escape ?>">u</a>
