    <button type="submit" class="primary"><?cs if:Edit.Id ?><?cs var:L.Request.Resubmit ?><?cs else ?><?cs var:L.Request.Submit ?><?cs /if ?></button>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
