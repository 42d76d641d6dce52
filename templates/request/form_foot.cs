    <div class="buttons">
      <button type="submit" class="primary"><?cs if:Edit.Id ?><?cs var:L.Request.Resubmit ?><?cs else ?><?cs var:L.Request.Submit ?><?cs /if ?></button>
      <button type="submit" name="draft" value="1"><?cs var:L.Request.SaveDraft ?></button>
    </div>
  </form>
</section>
<?cs include:"layout/foot.cs" ?>
