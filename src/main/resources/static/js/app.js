// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Shows the progress of an upload (the dataset page) in the form's <progress>.
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('upload-progress');
  if (bar && event.detail.lengthComputable) {
    bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
  }
});

// No inline handlers (the Content-Security-Policy allows no inline script): a form or a button with
// data-confirm="question" asks before it is sent, a field with data-submit-on-change sends its form.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.matches && form.matches('form[data-confirm]') && !window.confirm(form.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
}, true);
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('button[data-confirm], a[data-confirm]') : null;
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
}, true);
document.addEventListener('change', function (event) {
  var field = event.target;
  if (field.matches && field.matches('[data-submit-on-change]') && field.form) {
    field.form.submit();
  }
});
