// "Salin tautan" (copy link) on a bulletin: the button is hidden until this script shows it, so a reader without
// JavaScript never meets a button that does nothing. The share links themselves are plain links and need no script.
(() => {
  'use strict';
  for (const button of document.querySelectorAll('[data-copy-link]')) {
    const status = button.closest('.share')?.querySelector('.share__status');
    button.hidden = false;
    button.addEventListener('click', async () => {
      const link = button.getAttribute('data-copy-link');
      try {
        await navigator.clipboard.writeText(link);
        if (status) status.textContent = button.getAttribute('data-copied');
      } catch {
        // No clipboard (an old browser, or a page not served over HTTPS): show the link selected, to copy by hand.
        if (!status) return;
        status.textContent = button.getAttribute('data-by-hand') + ' ';
        const field = document.createElement('input');
        field.type = 'text';
        field.readOnly = true;
        field.value = link;
        field.setAttribute('aria-label', button.textContent);
        status.appendChild(field);
        field.select();
      }
    });
  }
})();
