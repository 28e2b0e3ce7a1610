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

// Backup page: sends the chosen zip as the request body (no multipart size limit) and shows the
// answer in the element the form names in data-raw-upload. Without JavaScript the form posts as usual.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.matches || !form.matches('form[data-raw-upload]')) {
    return;
  }
  var input = form.querySelector('input[type=file]');
  if (!input || !input.files.length || !window.fetch) {
    return;
  }
  event.preventDefault();
  var headers = {'Content-Type': 'application/zip', 'HX-Request': 'true'};
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    headers[header.content] = token.content;
  }
  var progress = document.getElementById('backup-progress');
  if (progress) {
    progress.classList.remove('d-none');
  }
  fetch(form.action, {method: 'POST', headers: headers, body: input.files[0], credentials: 'same-origin'})
    .then(function (response) { return response.text(); })
    .then(function (html) {
      var target = document.querySelector(form.getAttribute('data-raw-upload'));
      if (target) {
        target.outerHTML = html;
      }
    })
    .finally(function () {
      if (progress) {
        progress.classList.add('d-none');
      }
    });
});

// A file input with data-max-bytes refuses a larger file before anything is sent (the server would
// answer 413), with the message of its data-too-large.
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
    return;
  }
  var max = Number(input.getAttribute('data-max-bytes'));
  var tooLarge = Array.prototype.some.call(input.files, function (file) { return file.size > max; });
  input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
  input.reportValidity();
});
