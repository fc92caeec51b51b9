// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  // copy buttons: data-copy names the element whose value is copied
  document.querySelectorAll('button[data-copy]').forEach(function (b) {
    b.addEventListener('click', function () {
      var el = document.getElementById(b.getAttribute('data-copy'));
      if (!el) return;
      el.select();
      if (navigator.clipboard) navigator.clipboard.writeText(el.value); else document.execCommand('copy');
    });
  });
  // search box suggestions: fill the input's datalist from /api/suggest as the user types
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2) return;
        fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            list.textContent = '';
            items.forEach(function (s) { var o = document.createElement('option'); o.value = s; list.appendChild(o); });
          }).catch(function () {});
      }, 150);
    });
  });
  // table filter: data-filter-table names the table whose rows are filtered by the input's text
  document.querySelectorAll('input[data-filter-table]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('data-filter-table'));
    var fold = function (s) { return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase(); };
    input.addEventListener('input', function () {
      var q = fold(input.value);
      table.querySelectorAll('tbody tr').forEach(function (tr) { tr.hidden = q && fold(tr.textContent).indexOf(q) < 0; });
    });
  });
  // sortable tables: click a header to sort by that column
  document.querySelectorAll('table.sortable th').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var tbody = th.closest('table').querySelector('tbody');
      var idx = Array.prototype.indexOf.call(th.parentNode.children, th);
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      th.parentNode.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      Array.prototype.slice.call(tbody.rows).sort(function (a, b) {
        var x = a.cells[idx].textContent.trim(), y = b.cells[idx].textContent.trim();
        return (asc ? 1 : -1) * x.localeCompare(y, 'vi', { numeric: true });
      }).forEach(function (r) { tbody.appendChild(r); });
    });
  });
});
