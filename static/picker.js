// picker.js - 更多操作's people search, as one types: shows only the
// people whose name holds the text or whose login or pinyin initials start
// with it (each option's data-find: "name login initials"). Without this
// script the search form asks the server, which matches the same way.
(function () {
  'use strict';
  var box = document.getElementById('who');
  var pick = document.getElementById('target');
  if (!box || !pick) return;
  function filter() {
    var q = box.value.trim().toLowerCase();
    for (var i = 0; i < pick.options.length; i++) {
      var o = pick.options[i];
      var f = o.getAttribute('data-find');
      if (!f) continue;
      var parts = f.toLowerCase().split(' ');
      var name = parts[0], rest = parts.slice(1);
      var hit = !q || name.indexOf(q) >= 0 || rest.some(function (p) { return p.indexOf(q) === 0; });
      o.hidden = !hit;
      o.disabled = !hit;
    }
    if (pick.selectedOptions.length && pick.selectedOptions[0].disabled) pick.value = '';
  }
  box.addEventListener('input', filter);
})();
