<?cs # A sponsorship agreement: its terms, and once signed what came in and is left (SP-05); the signatures with
       their hashes are the shared request page's. ?>
<?cs include:"request/view_head.cs" ?>
    <dt><?cs var:L.Sponsor.Merchant ?></dt><dd><a href="/merchants/<?cs var:Vals.merchant_id ?>"><?cs var:Vals.merchant ?></a></dd>
    <?cs if:Vals.money_text ?><dt><?cs var:L.Sponsor.Money ?></dt><dd><?cs var:Vals.money_text ?></dd><?cs /if ?>
    <?cs if:Vals.goods ?><dt><?cs var:L.Sponsor.Goods ?></dt><dd><?cs var:Vals.goods ?> ×<?cs var:Vals.goods_qty ?> · <?cs var:L.Sponsor.GoodsValue ?> <?cs var:Vals.goods_value_text ?></dd><?cs /if ?>
    <dt><?cs var:L.Sponsor.GivesBack ?></dt><dd class="lines"><?cs var:Vals.gives_back ?></dd>
    <dt><?cs var:L.Sponsor.Period ?></dt><dd><?cs var:Vals.starts_on ?> – <?cs var:Vals.ends_on ?></dd>
    <?cs if:Vals.body ?><dt><?cs var:L.Sponsor.Body ?></dt><dd class="lines" id="agreement-body"><?cs var:Vals.body ?></dd><?cs /if ?>
    <?cs if:Req.State == "signed" || Vals.money_in_text || Vals.goods_in_text ?>
    <dt><?cs var:L.Sponsor.Ledger ?></dt><dd id="ledger-sums"><?cs if:Vals.money_in_text ?><?cs var:L.Sponsor.InMoney ?> <?cs var:Vals.money_in_text ?> · <?cs var:L.Sponsor.LeftMoney ?> <?cs var:Vals.money_left_text ?><br><?cs /if ?>
      <?cs if:Vals.goods_in_text ?><?cs var:L.Sponsor.InGoods ?> <?cs var:Vals.goods_in_text ?> · <?cs var:L.Sponsor.LeftGoods ?> <?cs var:Vals.goods_left_text ?><br><?cs /if ?>
      <a href="/agreements/<?cs var:Req.Id ?>/ledger"><?cs var:L.Sponsor.LedgerTitle ?></a></dd>
    <?cs /if ?>
<?cs include:"request/view_foot.cs" ?>
