/*
 * The share widget's few extras. Every share link already works without this file; it adds copying the
 * link, the system share sheet where the browser has one, Escape for the WeChat panel, and hides that
 * panel inside WeChat, where a QR code of the page the reader is on is no use. All texts come from the
 * page, in the site's language.
 */
(function () {
  'use strict';

  var widget = document.querySelector('[data-share]');
  if (!widget) {
    return;
  }
  var url = widget.getAttribute('data-url');
  var status = widget.querySelector('[data-share-status]');

  function say(text) {
    // Emptied first so that a second copy is announced again by screen readers.
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  var wechat = widget.querySelector('[data-share-wechat]');
  if (wechat) {
    if (/MicroMessenger/i.test(navigator.userAgent)) {
      wechat.parentNode.hidden = true;
    }
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && wechat.open) {
        wechat.open = false;
        wechat.querySelector('summary').focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (wechat.open && !wechat.contains(event.target)) {
        wechat.open = false;
      }
    });
  }

  var copy = widget.querySelector('[data-share-copy]');
  if (copy) {
    // Still a link to the article for "copy link address"; with the script it acts as a button.
    copy.setAttribute('role', 'button');
    copy.addEventListener('click', function (event) {
      event.preventDefault();
      var done = navigator.clipboard && navigator.clipboard.writeText
        ? navigator.clipboard.writeText(url) : Promise.reject(new Error('no clipboard'));
      done.then(function () {
        say(widget.getAttribute('data-copied'));
      }, function () {
        say(widget.getAttribute('data-copy-failed') + ' ' + url);
      });
    });
    copy.addEventListener('keydown', function (event) {
      if (event.key === ' ') {
        event.preventDefault();
        copy.click();
      }
    });
  }

  var system = widget.querySelector('[data-share-system]');
  if (system && navigator.share) {
    system.parentNode.hidden = false;
    system.addEventListener('click', function () {
      navigator.share({
        title: widget.getAttribute('data-title'),
        text: widget.getAttribute('data-text'),
        url: url
      }).catch(function () {
        // the reader closed the share sheet
      });
    });
  }
}());
