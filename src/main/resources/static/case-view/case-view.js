// Fallübersicht: loads GET /api/cases/{caseReference} and shows the chain as a timeline.
// Everything the server leaves out (other offices' decisions, personal data the
// department does not need) is simply not shown.
(function () {
  'use strict';

  var reference = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() || '');
  var dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
  var dateTimeFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function day(value) { return value ? dateFormat.format(new Date(value)) : ''; }
  function moment(value) { return value ? dateTimeFormat.format(new Date(value)) : ''; }

  function showError(message) {
    var status = document.getElementById('status');
    status.textContent = message;
    status.className = 'status error';
  }

  function person(data) {
    var rows = [
      ['Name', [data.givenName, data.familyName].filter(Boolean).join(' ')],
      ['Geburtsdatum', day(data.birthDate)],
      ['Staatsangehörigkeit', data.nationality],
      ['Aufenthaltsstatus', data.residenceStatusLabel],
      ['Ankunft', day(data.arrivalDate)],
      ['Einzug', day(data.moveInDate)],
      ['Stadtteil', data.district]
    ];
    var list = document.getElementById('person');
    rows.filter(function (row) { return row[1]; }).forEach(function (row) {
      list.appendChild(el('dt', {}, [row[0]]));
      list.appendChild(el('dd', {}, [row[1]]));
    });
  }

  function holders(list) {
    var target = document.getElementById('holders');
    if (!list.length) { target.appendChild(el('li', {}, ['bei keiner Stelle'])); }
    list.forEach(function (holder) {
      target.appendChild(el('li', {}, [el('strong', {}, [holder.officeName]), ' seit ' + day(holder.since)]));
    });
  }

  function deadlines(list) {
    var target = document.getElementById('deadlines');
    if (!list.length) { target.appendChild(el('li', {}, ['keine für Ihre Stelle sichtbaren Fristen'])); }
    list.forEach(function (deadline) {
      target.appendChild(el('li', deadline.overdue ? { 'class': 'overdue' } : {}, [
        day(deadline.due) + ' – ' + deadline.stage + ': ' + deadline.label + (deadline.overdue ? ' (überschritten)' : '')
      ]));
    });
  }

  function stage(data) {
    var item = el('li', { 'class': 'stage ' + data.state }, [
      el('h3', {}, [data.name, el('span', { 'class': 'badge' }, [data.stateLabel])])
    ]);
    var meta = [];
    if (data.started) { meta.push('begonnen ' + day(data.started)); }
    if (data.ended) { meta.push('beendet ' + day(data.ended)); }
    (data.holders || []).forEach(function (holder) { meta.push('bei ' + holder.officeName + ', seit ' + day(holder.since)); });
    if (data.waitingFor) { meta.push(data.waitingFor); }
    if (meta.length) { item.appendChild(el('p', { 'class': 'meta' }, [meta.join(' · ')])); }
    if (data.decisions && data.decisions.length) {
      var decisions = el('table', { 'class': 'decisions' }, [
        el('thead', {}, [el('tr', {}, [el('th', {}, ['Entscheidung']), el('th', {}, ['Ergebnis']), el('th', {}, ['Datum'])])])
      ]);
      var body = el('tbody');
      data.decisions.forEach(function (decision) {
        body.appendChild(el('tr', {}, [el('td', {}, [decision.label]), el('td', {}, [decision.value]), el('td', {}, [day(decision.decidedAt)])]));
      });
      decisions.appendChild(body);
      item.appendChild(decisions);
    }
    if (data.tasks && data.tasks.length) {
      var tasks = el('table', {}, [
        el('thead', {}, [el('tr', {}, [el('th', {}, ['Aufgabe']), el('th', {}, ['Stelle']), el('th', {}, ['Stand']), el('th', {}, ['Frist'])])])
      ]);
      var rows = el('tbody');
      data.tasks.forEach(function (task) {
        var state = task.state + (task.ended ? ' am ' + moment(task.ended) : ' seit ' + moment(task.created));
        rows.appendChild(el('tr', {}, [el('td', {}, [task.name]), el('td', {}, [task.offices.join(', ')]), el('td', {}, [state]), el('td', {}, [day(task.due)])]));
      });
      tasks.appendChild(rows);
      item.appendChild(tasks);
    }
    return item;
  }

  function render(view) {
    document.getElementById('status').hidden = true;
    document.getElementById('case').hidden = false;
    person(view.person || {});
    holders(view.currentlyWith || []);
    deadlines(view.deadlines || []);
    var timeline = document.getElementById('timeline');
    view.stages.forEach(function (data) { timeline.appendChild(stage(data)); });
    document.getElementById('viewer').textContent = 'Abgerufen von ' + view.viewer.userId + ' am ' + moment(new Date()) + '.';
  }

  document.getElementById('reference').textContent = reference;
  document.title = 'Fallübersicht ' + reference + ' – Lotse';
  document.getElementById('print').addEventListener('click', function () { window.print(); });

  // from the origin: a page opened with credentials in its address resolves relative
  // addresses with them, which fetch refuses
  fetch(window.location.origin + '/api/cases/' + encodeURIComponent(reference),
    { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) { throw new Refusal(body.detail || body.message || 'Der Fall kann nicht angezeigt werden.'); }
        return body;
      });
    })
    .then(render)
    .catch(function (error) {
      showError(error instanceof Refusal ? error.message
        : 'Der Fall kann gerade nicht geladen werden. Bitte laden Sie die Seite später neu.');
    });

  function Refusal(message) { this.message = message; }
})();
