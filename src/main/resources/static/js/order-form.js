// The PO form: lines added and removed, the PO number checked as it is typed, the PDF dropped onto the page.
// Works without this script too: the server checks everything again and shows its messages at the fields.
(function () {
  'use strict';
  var form = document.getElementById('order-form');
  if (!form) { return; }

  var po = document.getElementById('poNumber');
  var poError = document.getElementById('poNumber-error');
  function checkPo() {
    if (!po || po.readOnly) { return true; }
    var value = po.value.trim();
    var message = '';
    if (po.required && value === '') {
      message = 'PO number is required for your company';
    } else if (value !== '' && po.getAttribute('pattern') && !new RegExp('^(?:' + po.getAttribute('pattern') + ')$').test(value)) {
      message = 'PO number must look like ' + (po.dataset.example || 'your company’s format');
    }
    poError.textContent = message;
    po.setAttribute('aria-invalid', message ? 'true' : 'false');
    return message === '';
  }
  if (po) {
    po.addEventListener('input', checkPo);
    po.addEventListener('blur', checkPo);
  }

  var lines = document.getElementById('lines');
  function renumber() {
    Array.prototype.forEach.call(lines.querySelectorAll('tr.line'), function (row, index) {
      Array.prototype.forEach.call(row.querySelectorAll('input[data-field]'), function (input) {
        input.name = 'lines[' + index + '].' + input.dataset.field;
        input.id = 'lines' + index + '.' + input.dataset.field;
      });
      Array.prototype.forEach.call(row.querySelectorAll('label'), function (label) {
        label.htmlFor = 'lines' + index + '.' + label.htmlFor.split('.').pop();
      });
    });
  }
  document.getElementById('add-line').addEventListener('click', function () {
    var rows = lines.querySelectorAll('tr.line');
    var copy = rows[rows.length - 1].cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll('input'), function (input) { input.value = ''; });
    Array.prototype.forEach.call(copy.querySelectorAll('.field-error'), function (e) { e.textContent = ''; });
    lines.appendChild(copy);
    renumber();
    copy.querySelector('input').focus();
  });
  lines.addEventListener('click', function (event) {
    if (!event.target.classList.contains('remove-line')) { return; }
    var rows = lines.querySelectorAll('tr.line');
    var row = event.target.closest('tr');
    if (rows.length === 1) {
      Array.prototype.forEach.call(row.querySelectorAll('input'), function (input) { input.value = ''; });
    } else {
      row.remove();
    }
    renumber();
  });

  // the catalog: suggestions as a SKU or name is typed; a picked SKU fills in its name, your price and the least
  // quantity it is sold in, where those fields are still empty
  var options = document.getElementById('catalog-options');
  var known = {};
  var pending = null;
  function currency() {
    var field = document.getElementById('currency');
    return field ? field.value : '';
  }
  function suggest(text, input) {
    if (!options || !window.fetch) { return; }
    fetch(options.dataset.url + '?q=' + encodeURIComponent(text) + '&currency=' + encodeURIComponent(currency()),
        {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (picks) {
        options.innerHTML = '';
        picks.forEach(function (pick) {
          known[pick.sku] = pick;
          var option = document.createElement('option');
          option.value = pick.sku;
          option.label = pick.name + (pick.unitPrice != null ? ' · ' + pick.unitPrice + ' ' + pick.currency : '');
          options.appendChild(option);
        });
        // the SKU typed in full: fill its line at once
        if (input && known[input.value.trim()]) { fill(input); }
      })
      .catch(function () { /* the form works without suggestions */ });
  }
  function fill(input) {
    var pick = known[input.value.trim()];
    if (!pick) { return; }
    var row = input.closest('tr');
    var description = row.querySelector('input[data-field="description"]');
    var quantity = row.querySelector('input[data-field="quantity"]');
    var price = row.querySelector('input[data-field="unitPrice"]');
    if (description && description.value === '') { description.value = pick.name; }
    if (quantity && quantity.value === '') { quantity.value = pick.minOrderQuantity; }
    if (price && price.value === '' && pick.unitPrice != null) { price.value = pick.unitPrice; }
    var hint = document.getElementById('catalog-hint');
    if (hint) {
      hint.textContent = pick.sku + ': ' + pick.name + (pick.unitPrice != null ? ', ' + pick.unitPrice + ' '
        + pick.currency + ' per ' + pick.unit : ', no price for you in this currency')
        + (Number(pick.packSize) > 1 ? ', sold in packs of ' + pick.packSize : '')
        + (pick.availability ? ' · ' + pick.availability : '');
    }
  }
  lines.addEventListener('input', function (event) {
    var input = event.target;
    if (input.dataset.field !== 'sku') { return; }
    if (known[input.value.trim()]) { fill(input); return; }
    clearTimeout(pending);
    pending = setTimeout(function () { suggest(input.value.trim(), input); }, 200);
  });
  lines.addEventListener('change', function (event) {
    if (event.target.dataset.field === 'sku') { fill(event.target); }
  });
  lines.addEventListener('focusin', function (event) {
    if (event.target.dataset.field === 'sku' && options && options.children.length === 0) { suggest(''); }
  });

  var drop = document.getElementById('dropzone');
  var file = document.getElementById('file');
  var chosen = document.getElementById('file-chosen');
  function showChosen() {
    var f = file.files && file.files[0];
    chosen.textContent = f ? 'Chosen: ' + f.name + ' (' + Math.round(f.size / 1024) + ' KB)' : '';
    var error = document.getElementById('file-error');
    if (f && !/\.pdf$/i.test(f.name) && f.type !== 'application/pdf') {
      error.textContent = 'Only PDF files are accepted';
    } else if (f && f.size > 20 * 1024 * 1024) {
      error.textContent = 'The file is larger than 20 MB';
    } else {
      error.textContent = '';
    }
  }
  if (drop && file) {
    file.addEventListener('change', showChosen);
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (event) { event.preventDefault(); drop.classList.add('dragover'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function () { drop.classList.remove('dragover'); });
    });
    drop.addEventListener('drop', function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        file.files = event.dataTransfer.files;
        showChosen();
      }
    });
  }

  form.addEventListener('submit', function (event) {
    if (!checkPo()) {
      event.preventDefault();
      po.focus();
    }
  });
}());
