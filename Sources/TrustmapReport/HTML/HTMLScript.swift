/// The report's one inline script: search, sort, collapse-all and the `#selftest` hook.
///
/// Everything in the report is readable without it. Its SHA-256 goes into the CSP, so it is a
/// constant: no data is ever interpolated into it.
enum HTMLScript {
  static let source = #"""
    (function () {
      'use strict';
      var errors = [];
      window.addEventListener('error', function (event) { errors.push(String(event.message)); });
      document.documentElement.classList.add('js');
      function each(selector, action) {
        Array.prototype.forEach.call(document.querySelectorAll(selector), action);
      }
      function filterTable(input) {
        var table = document.getElementById(input.getAttribute('data-filter'));
        var query = input.value.trim().toLowerCase();
        var rows = table.tBodies[0].rows;
        var shown = 0;
        for (var i = 0; i < rows.length; i++) {
          var hit = !query || rows[i].textContent.toLowerCase().indexOf(query) >= 0;
          rows[i].hidden = !hit;
          if (hit) { shown++; }
        }
        var counter = document.getElementById(input.getAttribute('data-count'));
        if (counter) { counter.textContent = shown + ' of ' + rows.length + ' rows shown'; }
        return shown;
      }
      each('input[data-filter]', function (input) {
        input.addEventListener('input', function () { filterTable(input); });
      });
      function cellKey(cell, numeric) {
        var value = cell.getAttribute('data-value') || cell.textContent;
        return numeric ? Number(value) : value.toLowerCase();
      }
      function sortBy(header) {
        var row = header.parentNode;
        var index = Array.prototype.indexOf.call(row.children, header);
        var numeric = header.hasAttribute('data-numeric');
        var current = header.getAttribute('aria-sort');
        var ascending = current ? current !== 'ascending' : !numeric;
        var direction = ascending ? 1 : -1;
        Array.prototype.forEach.call(row.children, function (cell) { cell.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = header.closest('table').tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellKey(a.cells[index], numeric), y = cellKey(b.cells[index], numeric);
          return (x < y ? -1 : x > y ? 1 : 0) * direction;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      each('th[data-sortable] button', function (button) {
        button.addEventListener('click', function () { sortBy(button.parentNode); });
      });
      function setAll(open) { each('details.collapsible', function (d) { d.open = open; }); }
      each('button[data-expand]', function (button) {
        button.addEventListener('click', function () { setAll(button.getAttribute('data-expand') === 'open'); });
      });
      window.addEventListener('beforeprint', function () { setAll(true); });
      function selfTest() {
        var input = document.querySelector('input[data-filter="principals-table"]');
        var table = document.getElementById('principals-table');
        if (!input || !table || table.tBodies[0].rows.length < 2) { return 'FAIL: no principals table'; }
        var rows = table.tBodies[0].rows;
        var term = rows[rows.length - 1].cells[0].textContent.trim().toLowerCase();
        input.value = term;
        input.dispatchEvent(new Event('input'));
        var visible = Array.prototype.filter.call(rows, function (r) { return !r.hidden; });
        var ok = visible.length >= 1 && visible.length < rows.length && visible.every(function (r) {
          return r.textContent.toLowerCase().indexOf(term) >= 0;
        });
        input.value = '';
        input.dispatchEvent(new Event('input'));
        if (!ok) { return 'FAIL: search for "' + term + '" showed ' + visible.length + ' of ' + rows.length; }
        var header = table.querySelector('th[data-numeric]');
        header.querySelector('button').click();
        var first = cellKey(table.tBodies[0].rows[0].cells[header.cellIndex], true);
        var last = cellKey(table.tBodies[0].rows[rows.length - 1].cells[header.cellIndex], true);
        if (first < last) { return 'FAIL: sort by ' + header.textContent + ' is not descending'; }
        return errors.length ? 'FAIL: ' + errors.join('; ') : 'PASS: search showed ' + visible.length + ' of ' + rows.length + ' rows; sort ok';
      }
      if (window.location.hash === '#selftest') {
        var result;
        try { result = selfTest(); } catch (e) { result = 'FAIL: ' + e; }
        document.body.setAttribute('data-selftest', result);
      }
    })();
    """#
}
