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

// The report's period form shows (and sends) only the controls of the chosen kind of period:
// a container with data-period-for="month quarter" shows for those kinds; its controls are
// disabled otherwise, so that a hidden control never sends a stale value.
function showPeriodControls(select) {
  var form = select.form;
  form.querySelectorAll('[data-period-for]').forEach(function (box) {
    var shown = box.getAttribute('data-period-for').split(' ').indexOf(select.value) >= 0;
    box.hidden = !shown;
    box.querySelectorAll('input, select').forEach(function (control) { control.disabled = !shown; });
  });
}
document.addEventListener('change', function (event) {
  if (event.target.matches && event.target.matches('[data-period-kind]')) {
    showPeriodControls(event.target);
  }
});
