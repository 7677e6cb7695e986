// htmx requests carry the CSRF token of the page (Spring Security checks it on every state change).
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { evt.detail.headers[header.content] = token.content; }
});

// Bulma's burger menu on narrow screens (Bulma ships no JavaScript).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.navbar-burger').forEach(function (burger) {
    burger.addEventListener('click', function () {
      var target = document.getElementById(burger.dataset.target);
      var open = burger.classList.toggle('is-active');
      burger.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (target) { target.classList.toggle('is-active'); }
    });
  });
});
