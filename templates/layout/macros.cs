<?cs # Form building blocks: every field shows its label, the value the user typed and its error beside it. ?>
<?cs def:rechoose(name) ?><?cs if:Form[name].Rechoose ?><span class="field-error rechoose" id="<?cs var:name ?>-rechoose"><?cs var:L.Form.RechooseBefore ?><?cs var:Form[name].Rechoose ?><?cs var:L.Form.RechooseAfter ?></span><?cs /if ?><?cs /def ?>
<?cs def:error(name) ?><?cs if:Form[name].Error ?><span class="field-error" id="<?cs var:name ?>-error"><?cs var:Form[name].Error ?></span><?cs /if ?><?cs /def ?>
<?cs def:input(name, label, type, attrs) ?>
<label for="<?cs var:name ?>"><?cs var:label ?></label>
<input id="<?cs var:name ?>" name="<?cs var:name ?>" type="<?cs var:type ?>" value="<?cs var:Form[name].Value ?>"<?cs if:Form[name].Error ?> aria-invalid="true" aria-describedby="<?cs var:name ?>-error"<?cs /if ?><?cs uvar:attrs ?>>
<?cs call:error(name) ?>
<?cs /def ?>
<?cs def:password(name, label) ?>
<label for="<?cs var:name ?>"><?cs var:label ?></label>
<input id="<?cs var:name ?>" name="<?cs var:name ?>" type="password" autocomplete="new-password">
<?cs call:error(name) ?>
<?cs /def ?>
<?cs def:textarea(name, label) ?>
<label for="<?cs var:name ?>"><?cs var:label ?></label>
<textarea id="<?cs var:name ?>" name="<?cs var:name ?>"><?cs var:Form[name].Value ?></textarea>
<?cs call:error(name) ?>
<?cs /def ?>
<?cs def:checkbox(name, label) ?>
<label class="check"><input type="checkbox" name="<?cs var:name ?>" value="1"<?cs if:Form[name].Value == "1" ?> checked<?cs /if ?>> <?cs var:label ?></label>
<?cs call:error(name) ?>
<?cs /def ?>
<?cs def:csrf() ?><input type="hidden" name="csrf" value="<?cs var:CSRF ?>"><?cs /def ?>
<?cs def:pager(base) ?>
<nav class="pager" aria-label="<?cs var:L.List.Pages ?>">
  <?cs if:Pager.Total ?><span><?cs var:L.List.Total ?> <?cs var:Pager.Total ?> · <?cs var:Pager.Page ?>/<?cs var:Pager.Pages ?></span><?cs else ?><span><?cs var:L.List.Page ?> <?cs var:Pager.Page ?></span><?cs /if ?>
  <?cs if:Pager.Prev ?><a href="<?cs var:base ?>page=<?cs var:Pager.Prev ?>"><?cs var:L.List.Prev ?></a><?cs /if ?>
  <?cs if:Pager.Next ?><a href="<?cs var:base ?>page=<?cs var:Pager.Next ?>"><?cs var:L.List.Next ?></a><?cs /if ?>
</nav>
<?cs /def ?>
<?cs def:person_option(u) ?><option value="<?cs var:u.Id ?>" data-find="<?cs var:u.Name ?> <?cs var:u.Login ?> <?cs var:u.Initials ?>"><?cs var:u.Name ?> (<?cs var:u.Login ?>)</option><?cs /def ?>
