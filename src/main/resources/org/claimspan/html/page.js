/* Claimspan HTML view: links the parts of an attribution and selects claims. No network, no eval,
   no markup built from data: it only toggles classes and the hidden flag on existing elements. */
(function () {
  'use strict';
  var pinned = null;

  function all(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }
  /* Ids come from the result, which may be hostile: compare them as strings, never in selectors. */
  function withData(name, value) {
    return all('[data-' + name + ']').filter(function (el) { return el.getAttribute('data-' + name) === value; });
  }
  function mark(id, cls) {
    all('.' + cls).forEach(function (el) { el.classList.remove(cls); });
    if (id !== null) { withData('attribution', id).forEach(function (el) { el.classList.add(cls); }); }
  }
  function showCard(id) {
    var any = false;
    all('.card').forEach(function (card) {
      var show = card.getAttribute('data-card') === id;
      card.hidden = !show;
      any = any || show;
    });
    document.getElementById('details-empty').hidden = any;
  }
  function attributionOf(target) {
    var el = target && target.closest ? target.closest('[data-attribution]') : null;
    return el ? el.getAttribute('data-attribution') : null;
  }
  function select(id) {
    pinned = id;
    mark(id, 'pinned');
    showCard(id);
  }
  function chooseClaim(id) {
    all('.chosen').forEach(function (el) { el.classList.remove('chosen'); });
    withData('claim', id).forEach(function (el) { el.classList.add('chosen'); });
    withData('claim-item', id).forEach(function (el) { el.classList.add('chosen'); });
  }

  /* A link to page.html#a3 (or #c2) opens with that attribution (or claim) selected. */
  function fromHash() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    if (withData('card', id).length > 0) { select(id); }
    if (withData('claim-item', id).length > 0) { chooseClaim(id); }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();

  document.addEventListener('mouseover', function (event) {
    var id = attributionOf(event.target);
    mark(id, 'linked');
    showCard(id !== null ? id : pinned);
  });
  document.addEventListener('click', function (event) {
    var claim = event.target.closest ? event.target.closest('a[data-claim]') : null;
    if (claim) {
      chooseClaim(claim.getAttribute('data-claim'));
      return;
    }
    var id = attributionOf(event.target);
    if (id !== null) {
      select(id === pinned && !event.target.closest('a') ? null : id);
    }
  });
})();
