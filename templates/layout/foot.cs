</main>
<footer class="foot"><?cs var:L.App.Footer ?></footer>
</body>
</html>
