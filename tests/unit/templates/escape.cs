<p><?cs var:V ?></p>
<a title="<?cs var:V ?>">dq</a>
<a title='<?cs var:V ?>'>sq</a>
