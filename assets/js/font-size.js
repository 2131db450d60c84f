/*
 * The 字号 switch remembers the reader's choice. The switch itself is plain radio buttons styled by CSS;
 * this only restores the last choice on the next article and stores a new one. Storage may be refused
 * (private windows, blocked cookies): then the switch simply forgets, as it would without the script.
 */
(function () {
  'use strict';

  var KEY = 'news-portal.font-size';
  var group = document.querySelector('[data-font-size]');
  if (!group) {
    return;
  }
  try {
    var saved = window.localStorage.getItem(KEY);
    var input = saved && group.querySelector('input[value="' + saved.replace(/[^a-z]/g, '') + '"]');
    if (input) {
      input.checked = true;
    }
  } catch (e) {
    // no storage: keep the page's default
  }
  group.addEventListener('change', function (event) {
    try {
      window.localStorage.setItem(KEY, event.target.value);
    } catch (e) {
      // no storage: the choice holds for this page only
    }
  });
}());
