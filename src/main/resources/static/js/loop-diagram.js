// Draws each .loop-diagram with the vendored bpmn-js viewer: the model comes from data-model (a same-origin URL),
// the elements to mark from data-done, data-current, data-added and data-changed (space-separated ids).
(function () {
  'use strict';
  var MARKERS = { done: 'loop-done', current: 'loop-current', added: 'loop-added', changed: 'loop-changed' };

  function ids(value) {
    return (value || '').split(' ').filter(function (id) { return id.length > 0; });
  }

  function draw(container) {
    var viewer = new window.BpmnJS({ container: container });
    fetch(container.dataset.model, { credentials: 'same-origin', headers: { Accept: 'application/xml' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('model ' + response.status); }
        return response.text();
      })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        canvas.zoom('fit-viewport', 'auto');
        Object.keys(MARKERS).forEach(function (kind) {
          ids(container.dataset[kind]).forEach(function (id) {
            if (registry.get(id)) { canvas.addMarker(id, MARKERS[kind]); }
          });
        });
        container.setAttribute('data-rendered', 'true');
      })
      .catch(function () {
        container.textContent = container.dataset.failed;
        container.setAttribute('data-rendered', 'failed');
      });
  }

  function start() {
    if (!window.BpmnJS) { return; }
    document.querySelectorAll('.loop-diagram[data-model]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
