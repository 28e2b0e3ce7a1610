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

// ---- Data entry (issue 10): numbers as typed, searchable pickers, rows to add and remove.
(function () {
  'use strict';

  // Text folded for searching, as the server folds it: lower case, no diacritics, đ as d.
  function fold(text) {
    return (text || '').normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }

  // The rule of vn.doingoai.common.NumberInput, for the echo only (the server reads the number):
  // 1.234,5 · 12.500.000 · 7,2 the Vietnamese way, 1234.5 plainly; one dot before exactly three
  // digits separates thousands; mixed or malformed forms are refused.
  var VIETNAMESE_DECIMAL = /^-?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
  var VIETNAMESE_THOUSANDS = /^-?[1-9]\d{0,2}(\.\d{3})+$/;
  var PLAIN = /^-?\d+(\.\d+)?$/;

  function readNumber(text) {
    var s = (text || '').trim();
    if (!s) {
      return null;
    }
    if (VIETNAMESE_DECIMAL.test(s)) {
      return { value: s.replace(/\./g, '').replace(',', '.') };
    }
    if (VIETNAMESE_THOUSANDS.test(s)) {
      return { value: s.replace(/\./g, '') };
    }
    if (PLAIN.test(s)) {
      return { value: s };
    }
    var comma = s.indexOf(',');
    return { error: comma >= 0 && s.lastIndexOf('.') > comma ? 'mixed' : 'unreadable' };
  }

  // A plain decimal ("1234.50") written the Vietnamese way ("1.234,5"), exactly: no floating point.
  function showNumber(plain) {
    var negative = plain.charAt(0) === '-';
    var parts = (negative ? plain.slice(1) : plain).split('.');
    var whole = parts[0].replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    var decimals = (parts[1] || '').replace(/0+$/, '');
    var zero = whole === '0' && !decimals;
    return (negative && !zero ? '-' : '') + whole + (decimals ? ',' + decimals : '');
  }

  function echo(input) {
    var box = document.getElementById(input.id + '-echo');
    if (!box) {
      return;
    }
    var read = readNumber(input.value);
    box.classList.toggle('text-danger', !!(read && read.error));
    if (!read) {
      box.textContent = box.dataset.hint || '';
    } else if (read.error) {
      box.textContent = box.dataset[read.error] || '';
    } else {
      var currency = input.dataset.currency && document.getElementById(input.dataset.currency);
      box.textContent = '= ' + showNumber(read.value)
        + (currency && currency.value.trim() ? ' ' + currency.value.trim().toUpperCase() : '');
    }
  }

  document.addEventListener('input', function (event) {
    var target = event.target;
    if (target.dataset && target.dataset.maxlength) {
      tooLong(target);
    }
    if (target.matches && target.matches('[data-number]')) {
      echo(target);
    } else if (target.id) {
      document.querySelectorAll('[data-number][data-currency="' + target.id + '"]').forEach(echo);
    }
  });

  // Pickers: Tom Select (a WebJar) on select[data-picker], loaded only on pages that have one. The
  // search matches the folded text of each option (data-search), so "bac ninh" finds "Bắc Ninh".
  var waiting = null;

  function withTomSelect(then) {
    if (window.TomSelect) {
      then();
      return;
    }
    if (!waiting) {
      waiting = [];
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = '/webjars/tom-select/dist/css/tom-select.bootstrap5.min.css';
      document.head.appendChild(css);
      var script = document.createElement('script');
      script.src = '/webjars/tom-select/dist/js/tom-select.complete.min.js';
      script.onload = function () {
        var calls = waiting;
        waiting = null;
        calls.forEach(function (call) { call(); });
      };
      document.head.appendChild(script);
    }
    waiting.push(then);
  }

  function escapeHtml(text) {
    var div = document.createElement('div');
    div.textContent = text || '';
    return div.innerHTML;
  }

  function picker(select) {
    if (select.tomselect) {
      return;
    }
    var texts = {};
    Array.prototype.forEach.call(select.options, function (o) {
      texts[o.value] = o.dataset.search || fold(o.text);
    });
    new window.TomSelect(select, {
      maxOptions: null,
      allowEmptyOption: true,
      plugins: select.multiple ? ['remove_button'] : [],
      placeholder: select.dataset.placeholder,
      sortField: [{ field: '$score', direction: 'desc' }, { field: '$order', direction: 'asc' }],
      score: function (query) {
        var words = fold(query).split(' ').filter(Boolean);
        return function (item) {
          var text = texts[item.value] || fold(item.text);
          for (var i = 0; i < words.length; i++) {
            if (text.indexOf(words[i]) < 0) {
              return 0;
            }
          }
          return 1;
        };
      },
      render: {
        no_results: function () {
          return '<div class="no-results">' + escapeHtml(select.dataset.noResults) + '</div>';
        }
      }
    });
  }

  // Rows of a list (members, capital changes, transactions, contacts...): with JavaScript one empty
  // row, a button to add another and one to remove each; without it, the few empty rows the server
  // draws. Rows are numbered again after a change, so that the form posts members[0], members[1]...
  function blank(row) {
    return Array.prototype.every.call(row.querySelectorAll('input, select, textarea'), function (field) {
      return field.type === 'hidden' || field.hasAttribute('data-keep') || !field.value;
    });
  }

  function renumber(box) {
    var list = box.dataset.rows;
    var byName = new RegExp('^' + list + '\\[\\d+\\]');
    var byId = new RegExp('^' + list + '(-?)\\d+');
    box.querySelectorAll('[data-row]').forEach(function (row, i) {
      row.querySelectorAll('[name], [id], [for], [aria-describedby], [data-currency]').forEach(function (el) {
        if (el.name) {
          el.name = el.name.replace(byName, list + '[' + i + ']');
        }
        ['id', 'for', 'aria-describedby', 'data-currency'].forEach(function (attribute) {
          var value = el.getAttribute(attribute);
          if (value) {
            el.setAttribute(attribute, value.replace(byId, list + '$1' + i));
          }
        });
      });
    });
  }

  function removable(box, row) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-sm btn-outline-danger';
    button.textContent = '×';
    button.title = box.dataset.remove || '';
    button.setAttribute('aria-label', box.dataset.remove || '');
    button.setAttribute('data-remove-row', '');
    button.addEventListener('click', function () {
      if (box.querySelectorAll('[data-row]').length > 1) {
        row.remove();
      } else {
        row.querySelectorAll('input:not([type=hidden]):not([data-keep]), textarea').forEach(function (f) { f.value = ''; });
      }
      renumber(box);
    });
    var cell = document.createElement('div');
    cell.className = 'col-auto';
    cell.appendChild(button);
    row.appendChild(cell);
  }

  function rows(box) {
    if (box.dataset.rowsReady) {
      return;
    }
    box.dataset.rowsReady = 'true';
    var all = function () { return box.querySelectorAll('[data-row]'); };
    if (!all().length) {
      return;
    }
    var template = all()[all().length - 1].cloneNode(true);
    while (all().length > 1 && blank(all()[all().length - 1]) && blank(all()[all().length - 2])) {
      all()[all().length - 1].remove();
    }
    all().forEach(function (row) { removable(box, row); });
    var add = document.createElement('button');
    add.type = 'button';
    add.className = 'btn btn-sm btn-outline-primary mb-2';
    add.textContent = '+ ' + (box.dataset.add || '');
    add.setAttribute('data-add-row', box.dataset.rows);
    add.addEventListener('click', function () {
      var row = template.cloneNode(true);
      var rowsNow = all();
      rowsNow[rowsNow.length - 1].after(row);
      removable(box, row);
      renumber(box);
      start(row);
      var first = row.querySelector('input:not([type=hidden]), select');
      if (first) {
        first.focus();
      }
    });
    box.appendChild(add);
  }

  // A text longer than its column: without JavaScript the browser stops at maxlength; with it, a
  // pasted or typed text is kept whole and a message beside the field says how much is too much (the
  // server refuses it the same way), so that nothing typed is cut off unseen.
  function tooLong(field) {
    var max = parseInt(field.dataset.maxlength, 10);
    var note = document.getElementById(field.id + '-too-long');
    var over = field.value.length > max;
    if (over && !note && field.id) {
      note = document.createElement('div');
      note.id = field.id + '-too-long';
      note.className = 'invalid-feedback d-block';
      note.setAttribute('role', 'alert');
      field.insertAdjacentElement('afterend', note);
    }
    if (note) {
      var messages = document.getElementById('form-messages');
      var text = messages ? messages.dataset.tooLong || '' : '';
      note.textContent = over ? text.replace('{0}', showNumber(String(max))).replace('{1}', showNumber(String(field.value.length))) : '';
      note.hidden = !over;
    }
    field.classList.toggle('is-invalid', over);
  }

  function softLimit(field) {
    if (field.dataset.maxlength || field.maxLength <= 3) {
      return;
    }
    field.dataset.maxlength = String(field.maxLength);
    field.removeAttribute('maxlength');
    tooLong(field);
  }

  function start(root) {
    root.querySelectorAll('input[type=text][maxlength], input:not([type])[maxlength], input[type=email][maxlength], textarea[maxlength]')
      .forEach(softLimit);
    root.querySelectorAll('[data-rows]').forEach(rows);
    root.querySelectorAll('[data-number]').forEach(echo);
    var selects = root.querySelectorAll('select[data-picker]');
    if (selects.length) {
      withTomSelect(function () { selects.forEach(picker); });
    }
  }

  window.doingoai = { fold: fold, readNumber: readNumber, showNumber: showNumber };
  start(document);
  document.addEventListener('htmx:load', function (event) { start(event.detail.elt); });
})();

// A list's filter that the server refuses (an unknown unit) shows the problem where the rows were,
// instead of leaving the old rows in place without a word.
document.addEventListener('htmx:beforeSwap', function (event) {
  var status = event.detail.xhr.status;
  if (status >= 400 && status < 500 && status !== 401) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
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
