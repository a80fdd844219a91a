// The PO page's live diagram: the BPMN the order runs on (bpmn-js viewer from the WebJar), the step it is at
// highlighted and the steps it has passed marked. The page says the same in words for screen readers.
(function () {
  'use strict';
  var container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') { return; }
  ['/webjars/bpmn-js/8.0.0/dist/assets/diagram-js.css', '/webjars/bpmn-js/8.0.0/dist/assets/bpmn-font/css/bpmn.css']
    .forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      document.head.appendChild(link);
    });
  var summary = document.getElementById('diagram-summary');

  fetch(container.dataset.progressUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) { throw new Error('no process yet (' + response.status + ')'); }
      return response.json();
    })
    .then(function (progress) {
      var viewer = new BpmnJS({ container: container });
      return viewer.importXML(progress.bpmnXml).then(function () {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        canvas.zoom('fit-viewport');
        var names = [];
        progress.passed.forEach(function (id) {
          if (registry.get(id)) { canvas.addMarker(id, 'highlight-passed'); }
        });
        progress.current.forEach(function (id) {
          var element = registry.get(id);
          if (element) {
            canvas.addMarker(id, 'highlight-current');
            names.push((element.businessObject && element.businessObject.name) || id);
          }
        });
        container.dataset.current = progress.current.join(' ');
        container.dataset.passed = progress.passed.join(' ');
        container.classList.add('diagram-ready');
        summary.textContent = progress.ended ? 'The process has ended.'
          : 'Current step: ' + (names.length ? names.join(', ') : 'being processed') + '.';
      });
    })
    .catch(function (error) {
      summary.textContent = 'The diagram is not available: ' + error.message;
    });
}());
