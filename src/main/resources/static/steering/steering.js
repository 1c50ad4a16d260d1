/*
 * The steering dashboard: reads the aggregated figures from /api/steering/** (see
 * docs/steering-api.md), draws charts (Chart.js) with tables beside them and the real
 * BPMN model (bpmn-js) coloured by where cases wait. Every text a reader sees is German;
 * every number is formatted the German way. Data from the API is only ever inserted as
 * text, never as markup.
 */
(function () {
	'use strict';

	const LOCALE = 'de-DE';
	const API = '/api/steering/';
	const CHAIN = 'integration-chain';

	const integers = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
	const days = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
	const shares = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
	const dates = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric' });
	const times = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });
	const months = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric' });

	const UNITS = { days: 'Tage', weeks: 'Wochen', months: 'Monate' };
	const FIELD_LABELS = { from: 'von', to: 'bis', district: 'Stadtteil', statusGroup: 'Statusgruppe', process: 'Prozess' };
	const COLOURS = { primary: '#1f4e79', secondary: '#7fa7cc', accent: '#b5562b', muted: '#8a949f' };
	const HEAT_LEVELS = 5;
	/** Content width of an A4 page with the margins of the print stylesheet, in CSS pixels. */
	const PRINT_CHART_SIZE = { width: 680, height: 250 };

	const state = {
		minimumCellSize: 5,
		statusGroups: new Map(),
		filters: null,
		period: null,
		charts: new Map(),
		flow: null,
		heatmap: { viewer: null, process: CHAIN, data: null }
	};

	const $ = (selector) => document.querySelector(selector);

	// ---------------------------------------------------------------------------------
	// Cells: { value, suppressed } as the API delivers them
	// ---------------------------------------------------------------------------------

	function isSuppressed(cell) {
		return cell != null && typeof cell === 'object' && cell.suppressed === true;
	}

	/** The number of a cell for a chart, or null where it is suppressed or empty. */
	function valueOf(cell) {
		if (cell == null || isSuppressed(cell)) {
			return null;
		}
		const value = typeof cell === 'object' ? cell.value : cell;
		return typeof value === 'number' ? value : null;
	}

	function suppressedText() {
		return '< ' + integers.format(state.minimumCellSize);
	}

	function cellText(cell, format) {
		if (isSuppressed(cell)) {
			return suppressedText();
		}
		const value = valueOf(cell);
		return value == null ? '–' : format.format(value);
	}

	function element(tag, attributes, text) {
		const node = document.createElement(tag);
		Object.entries(attributes || {}).forEach(([name, value]) => {
			if (value != null) {
				node.setAttribute(name, value);
			}
		});
		if (text != null) {
			node.textContent = text;
		}
		return node;
	}

	/** A table cell with a figure, marked where it is suppressed. */
	function figureCell(cell, format) {
		const td = element('td', { class: 'num' }, cellText(cell, format));
		if (isSuppressed(cell)) {
			td.classList.add('suppressed');
			td.title = 'Weniger als ' + integers.format(state.minimumCellSize)
				+ ' Fälle: aus Datenschutzgründen nicht ausgewiesen';
		}
		return td;
	}

	function rowHeader(text) {
		return element('th', { scope: 'row' }, text);
	}

	function replaceRows(tbody, rows) {
		tbody.replaceChildren(...rows);
	}

	function emptyRow(columns, text) {
		const tr = element('tr');
		tr.append(element('td', { colspan: String(columns), class: 'empty' }, text));
		return tr;
	}

	// ---------------------------------------------------------------------------------
	// Filters and the address bar
	// ---------------------------------------------------------------------------------

	function isoDate(date) {
		const pad = (n) => String(n).padStart(2, '0');
		return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
	}

	function parseIsoDate(text) {
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
		if (!match) {
			return null;
		}
		const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
		return isoDate(date) === text ? date : null;
	}

	function presetPeriod(preset, today) {
		const year = today.getFullYear();
		switch (preset) {
			case 'thisYear':
				return { from: new Date(year, 0, 1), to: today };
			case 'lastYear':
				return { from: new Date(year - 1, 0, 1), to: new Date(year - 1, 11, 31) };
			default: {
				const from = new Date(year - 1, today.getMonth(), today.getDate() + 1);
				return { from, to: today };
			}
		}
	}

	function applyPreset(preset) {
		if (preset === 'custom') {
			return;
		}
		const period = presetPeriod(preset, new Date());
		$('#filter-from').value = isoDate(period.from);
		$('#filter-to').value = isoDate(period.to);
	}

	function readFiltersFromAddress() {
		const params = new URLSearchParams(window.location.search);
		const preset = params.get('from') || params.get('to') ? 'custom' : 'last12';
		$('#filter-preset').value = preset;
		applyPreset(preset);
		if (params.get('from')) {
			$('#filter-from').value = params.get('from');
		}
		if (params.get('to')) {
			$('#filter-to').value = params.get('to');
		}
		selectIfPresent($('#filter-district'), params.get('district'));
		selectIfPresent($('#filter-status-group'), params.get('statusGroup'));
		const process = params.get('process');
		if (process && $('#heatmap-process option[value="' + CSS.escape(process) + '"]')) {
			$('#heatmap-process').value = process;
			state.heatmap.process = process;
		}
	}

	function selectIfPresent(select, value) {
		if (value && Array.from(select.options).some((option) => option.value === value)) {
			select.value = value;
		}
	}

	/** The filters of the form, or null with the errors shown where the input is wrong. */
	function filtersFromForm() {
		const errors = [];
		const fromText = $('#filter-from').value;
		const toText = $('#filter-to').value;
		const from = parseIsoDate(fromText);
		const to = parseIsoDate(toText);
		if (!from) {
			errors.push({ field: 'from', message: 'Bitte geben Sie den Beginn des Zeitraums als Datum an.' });
		}
		if (!to) {
			errors.push({ field: 'to', message: 'Bitte geben Sie das Ende des Zeitraums als Datum an.' });
		}
		if (from && to && from > to) {
			errors.push({ field: 'to', message: 'Das Ende des Zeitraums liegt vor seinem Beginn.' });
		}
		showFilterErrors(errors);
		if (errors.length) {
			return null;
		}
		return {
			from: fromText,
			to: toText,
			district: $('#filter-district').value,
			statusGroup: $('#filter-status-group').value
		};
	}

	function showFilterErrors(errors, summary) {
		const box = $('#filter-errors');
		['from', 'to', 'district', 'statusGroup'].forEach((field) => {
			const input = document.querySelector('#filters [name="' + field + '"]');
			input.removeAttribute('aria-invalid');
		});
		if (!errors.length && !summary) {
			box.hidden = true;
			box.replaceChildren();
			return;
		}
		const list = element('ul');
		errors.forEach((error) => {
			const label = FIELD_LABELS[error.field];
			list.append(element('li', {}, label ? label + ': ' + error.message : error.message));
			const input = document.querySelector('#filters [name="' + error.field + '"]');
			if (input) {
				input.setAttribute('aria-invalid', 'true');
			}
		});
		box.replaceChildren(element('p', {}, summary || 'Bitte prüfen Sie die Auswahl:'), list);
		box.hidden = false;
		const firstInvalid = document.querySelector('#filters [aria-invalid="true"]');
		if (firstInvalid) {
			firstInvalid.focus();
		}
	}

	function queryString(filters, extra) {
		const params = new URLSearchParams();
		params.set('from', filters.from);
		params.set('to', filters.to);
		if (filters.district) {
			params.set('district', filters.district);
		}
		if (filters.statusGroup) {
			params.set('statusGroup', filters.statusGroup);
		}
		Object.entries(extra || {}).forEach(([name, value]) => params.set(name, value));
		return params.toString();
	}

	function updateAddress(filters) {
		const extra = state.heatmap.process !== CHAIN ? { process: state.heatmap.process } : {};
		window.history.replaceState(null, '', window.location.pathname + '?' + queryString(filters, extra));
	}

	function updateCsvLinks(filters) {
		document.querySelectorAll('a[data-csv]').forEach((link) => {
			const endpoint = link.dataset.csv;
			const extra = endpoint === 'heatmap' ? { process: state.heatmap.process } : {};
			link.href = API + endpoint + '.csv?' + queryString(filters, extra);
		});
	}

	function describeFilters(filters, createdAt) {
		const period = state.period || filters;
		$('#meta-period').textContent = dates.format(parseIsoDate(period.from)) + ' – '
			+ dates.format(parseIsoDate(period.to));
		$('#meta-district').textContent = filters.district || 'Alle Stadtteile';
		$('#meta-status-group').textContent = filters.statusGroup
			? (state.statusGroups.get(filters.statusGroup) || filters.statusGroup) : 'Alle Statusgruppen';
		$('#meta-created').textContent = dates.format(createdAt) + ', ' + times.format(createdAt) + ' Uhr';
	}

	// ---------------------------------------------------------------------------------
	// The API
	// ---------------------------------------------------------------------------------

	class ApiError extends Error {
		constructor(status, message, fieldErrors) {
			super(message);
			this.status = status;
			this.fieldErrors = fieldErrors || [];
		}
	}

	async function request(path, accept) {
		let response;
		try {
			response = await fetch(path, { credentials: 'same-origin', headers: { Accept: accept } });
		}
		catch (ex) {
			throw new ApiError(0, 'Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut.');
		}
		if (!response.ok) {
			throw await apiError(response);
		}
		return response;
	}

	async function apiError(response) {
		let problem = null;
		try {
			problem = await response.json();
		}
		catch (ex) {
			problem = null;
		}
		switch (response.status) {
			case 401:
				return new ApiError(401,
						'Ihre Anmeldung ist abgelaufen. Bitte laden Sie die Seite neu und melden Sie sich erneut an.');
			case 403:
				return new ApiError(403, 'Ihre Rolle erlaubt keinen Zugriff auf die Steuerungszahlen.');
			case 400:
				return new ApiError(400, (problem && problem.detail) || 'Die Auswahl ist ungültig.',
						(problem && Array.isArray(problem.errors)) ? problem.errors : []);
			case 404:
				return new ApiError(404, 'Für diese Auswahl liegen keine Daten vor.');
			default:
				return new ApiError(response.status,
						'Die Daten konnten nicht geladen werden (Fehler ' + response.status + ').');
		}
	}

	async function getJson(endpoint, filters, extra) {
		const response = await request(API + endpoint + '?' + queryString(filters, extra), 'application/json');
		return response.json();
	}

	async function getDiagram(processKey) {
		const response = await request(API + 'diagram/' + encodeURIComponent(processKey), 'application/xml');
		return response.text();
	}

	// ---------------------------------------------------------------------------------
	// Charts
	// ---------------------------------------------------------------------------------

	function configureCharts() {
		Chart.defaults.locale = LOCALE;
		Chart.defaults.animation = false;
		Chart.defaults.maintainAspectRatio = false;
		Chart.defaults.color = '#28323d';
		Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
		Chart.defaults.font.size = 12;
		Chart.defaults.plugins.legend.position = 'bottom';
		Chart.defaults.plugins.legend.labels.boxWidth = 14;
	}

	function drawChart(canvasId, config) {
		const previous = state.charts.get(canvasId);
		if (previous) {
			previous.destroy();
		}
		const canvas = document.getElementById(canvasId);
		const chart = new Chart(canvas, config);
		state.charts.set(canvasId, chart);
		const nothingToDraw = config.data.datasets.every((dataset) => dataset.data.every((value) => value == null));
		const figure = canvas.closest('figure');
		let note = figure.querySelector('.chart-note');
		if (nothingToDraw && !note) {
			note = element('p', { class: 'chart-note' },
					'Keine Werte darzustellen: alle Zellen sind leer oder ausgeblendet (siehe Tabelle).');
			figure.append(note);
		}
		else if (!nothingToDraw && note) {
			note.remove();
		}
		return chart;
	}

	function barDataset(label, values, colour) {
		return { label, data: values, backgroundColor: colour, borderColor: colour, borderWidth: 0, maxBarThickness: 28 };
	}

	function countAxis(title) {
		return {
			beginAtZero: true,
			title: { display: Boolean(title), text: title },
			ticks: { precision: 0, callback: (value) => integers.format(value) }
		};
	}

	// ---------------------------------------------------------------------------------
	// Sections
	// ---------------------------------------------------------------------------------

	function showAsOf(selector, data) {
		const asOf = parseIsoDate(data.asOf);
		$(selector).textContent = asOf ? 'Stichtag: ' + dates.format(asOf) : '';
	}

	function renderFunnel(data) {
		if (data.period && parseIsoDate(data.period.from) && parseIsoDate(data.period.to)) {
			state.period = data.period;
		}
		const rows = data.rows || [];
		replaceRows($('#funnel-table tbody'), rows.length ? rows.map((row) => {
			const tr = element('tr');
			tr.append(rowHeader(row.label), figureCell(row.entered, integers), figureCell(row.completed, integers),
					figureCell(row.open, integers));
			return tr;
		}) : [emptyRow(4, 'Keine Fälle im Zeitraum.')]);
		drawChart('funnel-chart', {
			type: 'bar',
			data: {
				labels: rows.map((row) => row.label),
				datasets: [
					barDataset('begonnen', rows.map((row) => valueOf(row.entered)), COLOURS.secondary),
					barDataset('abgeschlossen', rows.map((row) => valueOf(row.completed)), COLOURS.primary)
				]
			},
			options: { indexAxis: 'y', scales: { x: countAxis('Fälle') } }
		});
	}

	function unitText(unit) {
		return UNITS[unit] || unit || '';
	}

	function durationCell(cell, unit) {
		const td = figureCell(cell, days);
		if (valueOf(cell) != null && unit && unit !== 'days') {
			td.textContent += ' ' + unitText(unit);
		}
		return td;
	}

	/** The KPI id to show (P2, P14W), none for the stage rows ({@code stage:<stage>}). */
	function kpiCode(row) {
		return row.kpi && !row.kpi.startsWith('stage:') ? row.kpi : '';
	}

	function renderLeadTimes(data) {
		const rows = data.rows || [];
		replaceRows($('#lead-times-table tbody'), rows.length ? rows.map((row) => {
			const tr = element('tr');
			const header = rowHeader('');
			if (kpiCode(row)) {
				header.append(element('span', { class: 'kpi' }, kpiCode(row)), ' ');
			}
			header.append(document.createTextNode(row.label));
			const target = row.target != null
				? '≤ ' + days.format(row.target) + ' ' + unitText(row.unit) : '–';
			tr.append(header, figureCell(row.cases, integers), durationCell(row.median, row.unit),
					durationCell(row.p90, row.unit), figureCell(row.withinTarget, shares),
					element('td', { class: 'num' }, target));
			return tr;
		}) : [emptyRow(6, 'Keine abgeschlossenen Fälle im Zeitraum.')]);
		const inDays = rows.filter((row) => !row.unit || row.unit === 'days');
		drawChart('lead-times-chart', {
			type: 'bar',
			data: {
				labels: inDays.map((row) => (kpiCode(row) ? kpiCode(row) + ' ' : '') + row.label),
				datasets: [
					barDataset('Median', inDays.map((row) => valueOf(row.median)), COLOURS.primary),
					barDataset('90. Perzentil', inDays.map((row) => valueOf(row.p90)), COLOURS.secondary)
				]
			},
			options: {
				indexAxis: 'y',
				scales: {
					x: { beginAtZero: true, title: { display: true, text: 'Tage' },
						ticks: { callback: (value) => days.format(value) } },
					y: { ticks: { autoSkip: false, callback: function (value) {
						const label = this.getLabelForValue(value);
						return label.length > 38 ? label.slice(0, 37) + '…' : label;
					} } }
				}
			}
		});
	}

	function monthLabel(isoMonth) {
		const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
		return match ? months.format(new Date(Number(match[1]), Number(match[2]) - 1, 1)) : isoMonth;
	}

	function renderFlow(data) {
		state.flow = data;
		const monthLabels = (data.months || []).map(monthLabel);
		const rows = data.rows || [];
		const head = element('tr');
		head.append(element('th', { scope: 'col' }, 'Behörde'), element('th', { scope: 'col' }, ''));
		monthLabels.forEach((label) => head.append(element('th', { scope: 'col', class: 'num' }, label)));
		$('#flow-table thead').replaceChildren(head);
		const body = [];
		rows.forEach((row) => {
			[['Zugang', row.inflow], ['Abgang', row.outflow]].forEach(([direction, cells], index) => {
				const tr = element('tr', { class: index === 0 ? 'group-start' : null });
				if (index === 0) {
					tr.append(element('th', { scope: 'rowgroup', rowspan: '2' }, row.label));
				}
				tr.append(rowHeader(direction));
				(cells || []).forEach((cell) => tr.append(figureCell(cell, integers)));
				body.push(tr);
			});
		});
		replaceRows($('#flow-table tbody'), body.length ? body : [emptyRow(2 + monthLabels.length, 'Keine Vorgänge im Zeitraum.')]);
		const select = $('#flow-office');
		const chosen = select.value;
		select.replaceChildren(...rows.map((row) => element('option', { value: row.office }, row.label)));
		const visible = (row) => [...(row.inflow || []), ...(row.outflow || [])]
			.reduce((sum, cell) => sum + (valueOf(cell) || 0), 0);
		const busiest = rows.reduce((best, row) => (!best || visible(row) > visible(best) ? row : best), null);
		if (busiest) {
			select.value = busiest.office;
		}
		selectIfPresent(select, chosen);
		drawFlowChart();
	}

	function drawFlowChart() {
		const data = state.flow;
		if (!data) {
			return;
		}
		const row = (data.rows || []).find((candidate) => candidate.office === $('#flow-office').value)
			|| (data.rows || [])[0];
		$('#flow-chart-caption').textContent = row ? 'Diagramm: ' + row.label : '';
		const line = (label, cells, colour) => ({
			label, data: (cells || []).map(valueOf), borderColor: colour, backgroundColor: colour,
			pointRadius: 3, spanGaps: false, tension: 0
		});
		drawChart('flow-chart', {
			type: 'line',
			data: {
				labels: (data.months || []).map(monthLabel),
				datasets: row ? [line('Zugang', row.inflow, COLOURS.secondary), line('Abgang', row.outflow, COLOURS.primary)] : []
			},
			options: { scales: { y: countAxis('Vorgänge') } }
		});
	}

	function renderBacklog(data) {
		showAsOf('#backlog-as-of', data);
		const rows = data.rows || [];
		replaceRows($('#backlog-table tbody'), rows.length ? rows.map((row) => {
			const tr = element('tr');
			tr.append(rowHeader(row.label), figureCell(row.open, integers), figureCell(row.overdue, integers),
					figureCell(row.breachesInPeriod, integers));
			return tr;
		}) : [emptyRow(4, 'Keine offenen Vorgänge.')]);
		drawChart('backlog-chart', {
			type: 'bar',
			data: {
				labels: rows.map((row) => row.label),
				datasets: [
					barDataset('offen', rows.map((row) => valueOf(row.open)), COLOURS.primary),
					barDataset('davon überfällig', rows.map((row) => valueOf(row.overdue)), COLOURS.accent),
					barDataset('Fristüberschreitungen im Zeitraum', rows.map((row) => valueOf(row.breachesInPeriod)),
							COLOURS.muted)
				]
			},
			options: { scales: { y: countAxis('Vorgänge') } }
		});
	}

	function renderNaturalisationBacklog(data) {
		showAsOf('#naturalisation-as-of', data);
		const rows = data.rows || [];
		replaceRows($('#naturalisation-table tbody'), rows.map((row) => {
			const tr = element('tr');
			tr.append(rowHeader(row.label), figureCell(row.open, integers));
			return tr;
		}));
		const total = element('tr');
		total.append(rowHeader('Gesamt'), figureCell(data.total, integers));
		$('#naturalisation-table tfoot').replaceChildren(total);
		drawChart('naturalisation-chart', {
			type: 'bar',
			data: {
				labels: rows.map((row) => row.label),
				datasets: [barDataset('offene Anträge', rows.map((row) => valueOf(row.open)), COLOURS.primary)]
			},
			options: { plugins: { legend: { display: false } }, scales: { y: countAxis('Anträge') } }
		});
	}

	// ---------------------------------------------------------------------------------
	// Heatmap: the real BPMN model, coloured by where cases wait
	// ---------------------------------------------------------------------------------

	function heatViewer() {
		if (!state.heatmap.viewer) {
			// overlays follow every zoom at once, also while the page is laid out for print
			const viewer = new BpmnJS({ container: '#heatmap-canvas', canvas: { deferUpdate: false } });
			viewer.on('element.click', (event) => {
				const target = calledProcess(event.element);
				if (target) {
					$('#heatmap-process').value = target;
					changeHeatmapProcess();
				}
			});
			state.heatmap.viewer = viewer;
		}
		return state.heatmap.viewer;
	}

	/** The process a call activity calls, where the dashboard can show it. */
	function calledProcess(shape) {
		const bo = shape && shape.businessObject;
		if (!bo || bo.$type !== 'bpmn:CallActivity' || !bo.calledElement) {
			return null;
		}
		return $('#heatmap-process option[value="' + CSS.escape(bo.calledElement) + '"]') ? bo.calledElement : null;
	}

	async function loadHeatmap(filters) {
		const process = state.heatmap.process;
		const container = $('#heatmap-canvas');
		container.dataset.state = 'loading';
		const [xml, data] = await Promise.all([getDiagram(process), getJson('heatmap', filters, { process })]);
		if (process !== state.heatmap.process) {
			return;
		}
		const viewer = heatViewer();
		await viewer.importXML(xml);
		state.heatmap.data = data;
		const canvas = viewer.get('canvas');
		fitWithMargin(canvas);
		viewer.get('elementRegistry').forEach((shape) => {
			if (calledProcess(shape)) {
				canvas.addMarker(shape.id, 'drilldown');
			}
		});
		colourHeatmap();
		$('#heatmap-process-print').textContent = 'Prozess: ' + $('#heatmap-process').selectedOptions[0].textContent
			+ ' · Färbung nach: ' + $('#heatmap-measure').selectedOptions[0].textContent;
		container.dataset.state = 'ready';
	}

	function heatValue(entry, measure) {
		return valueOf(entry[measure]);
	}

	function colourHeatmap() {
		const viewer = state.heatmap.viewer;
		const data = state.heatmap.data;
		if (!viewer || !data) {
			return;
		}
		const measure = $('#heatmap-measure').value;
		const canvas = viewer.get('canvas');
		const overlays = viewer.get('overlays');
		const registry = viewer.get('elementRegistry');
		overlays.remove({ type: 'heat' });
		registry.forEach((shape) => {
			for (let level = 1; level <= HEAT_LEVELS; level++) {
				canvas.removeMarker(shape.id, 'heat-' + level);
			}
			canvas.removeMarker(shape.id, 'heat-suppressed');
		});
		const entries = data.elements || [];
		const published = entries.map((entry) => heatValue(entry, measure)).filter((value) => value != null && value > 0);
		const scale = { low: Math.min(...published), high: Math.max(...published) };
		entries.forEach((entry) => {
			const shape = registry.get(entry.elementId);
			if (!shape) {
				return;
			}
			const waitingSuppressed = isSuppressed(entry.waiting);
			const value = heatValue(entry, measure);
			if (isSuppressed(entry[measure]) || waitingSuppressed) {
				canvas.addMarker(shape.id, 'heat-suppressed');
			}
			else if (value != null && value > 0) {
				canvas.addMarker(shape.id, 'heat-' + heatLevel(value, scale));
			}
			else if (!(valueOf(entry.waiting) > 0)) {
				return;
			}
			overlays.add(shape.id, 'heat', { position: { top: -10, right: 24 }, scale: false, html: heatBadge(entry) });
		});
		renderHeatLegend(published.length ? scale : null, measure);
		renderHeatTable(entries, registry);
	}

	/** 1 (lightest) to HEAT_LEVELS (darkest) between the smallest and largest value shown. */
	function heatLevel(value, scale) {
		if (scale.high <= scale.low) {
			return Math.ceil(HEAT_LEVELS / 2);
		}
		const level = 1 + Math.floor((value - scale.low) / (scale.high - scale.low) * HEAT_LEVELS);
		return Math.min(HEAT_LEVELS, level);
	}

	function heatBadge(entry) {
		const badge = element('div', { class: 'heat-badge' });
		badge.append(element('span', { class: 'heat-count', title: 'wartende Fälle' }, cellText(entry.waiting, integers)));
		const median = valueOf(entry.medianWaitDays);
		if (median != null) {
			badge.append(element('span', { class: 'heat-days', title: 'Median der Wartezeit' },
					days.format(median) + ' T.'));
		}
		return badge;
	}

	function renderHeatLegend(scale, measure) {
		const legend = $('#heatmap-legend');
		const format = measure === 'waiting' ? integers : days;
		const unit = measure === 'waiting' ? ' Fälle' : ' Tage';
		const swatch = (className, text) => {
			const item = element('span', { class: 'legend-item' });
			item.append(element('span', { class: 'legend-swatch ' + className, 'aria-hidden': 'true' }), text);
			return item;
		};
		const items = [element('span', { class: 'legend-title' },
				measure === 'waiting' ? 'Wartende Fälle:' : 'Median der Wartezeit:')];
		if (scale) {
			const ramp = element('span', { class: 'legend-item' });
			const steps = element('span', { class: 'legend-ramp', 'aria-hidden': 'true' });
			for (let level = 1; level <= HEAT_LEVELS; level++) {
				steps.append(element('span', { class: 'legend-swatch heat-' + level }));
			}
			const low = format.format(scale.low);
			const high = format.format(scale.high);
			ramp.append(low, steps, high + unit);
			ramp.setAttribute('aria-label', 'hell: ' + low + ', dunkel: ' + high + unit);
			items.push(ramp);
		}
		items.push(swatch('heat-suppressed', suppressedText() + ' Fälle (ausgeblendet)'));
		items.push(swatch('heat-none', 'kein wartender Fall oder nicht erfasst'));
		legend.replaceChildren(...items);
	}

	function stepName(registry, entry) {
		if (entry.name) {
			return entry.name.replace(/\s+/g, ' ').trim();
		}
		const elementId = entry.elementId;
		const shape = registry.get(elementId);
		const name = shape && shape.businessObject && shape.businessObject.name;
		return name ? name.replace(/\s+/g, ' ').trim() : elementId;
	}

	function renderHeatTable(entries, registry) {
		const shown = entries.filter((entry) => isSuppressed(entry.waiting) || valueOf(entry.waiting) > 0);
		replaceRows($('#heatmap-table tbody'), shown.length ? shown.map((entry) => {
			const tr = element('tr');
			tr.append(rowHeader(stepName(registry, entry)), figureCell(entry.waiting, integers),
					figureCell(entry.medianWaitDays, days), figureCell(entry.p90WaitDays, days));
			return tr;
		}) : [emptyRow(4, 'Derzeit wartet in diesem Prozess kein Fall.')]);
	}

	async function changeHeatmapProcess() {
		state.heatmap.process = $('#heatmap-process').value;
		if (!state.filters) {
			return;
		}
		updateAddress(state.filters);
		updateCsvLinks(state.filters);
		await runSection($('#heatmap'), () => loadHeatmap(state.filters));
	}

	/** Shows the whole model with a little room around it for labels and badges. */
	function fitWithMargin(canvas) {
		const current = canvas.viewbox();
		const inner = current.inner;
		const outer = current.outer;
		const margin = 24;
		const width = inner.width + 2 * margin;
		const height = inner.height + 2 * margin;
		const scale = Math.min(outer.width / width, outer.height / height, 1.25);
		const visibleWidth = outer.width / scale;
		const visibleHeight = outer.height / scale;
		canvas.viewbox({
			x: inner.x - margin - (visibleWidth - width) / 2,
			y: inner.y - margin - (visibleHeight - height) / 2,
			width: visibleWidth,
			height: visibleHeight
		});
	}

	function fitDiagram() {
		const viewer = state.heatmap.viewer;
		if (viewer && $('#heatmap-canvas').dataset.state === 'ready') {
			const canvas = viewer.get('canvas');
			canvas.resized();
			fitWithMargin(canvas);
		}
	}

	// ---------------------------------------------------------------------------------
	// Loading
	// ---------------------------------------------------------------------------------

	function sectionMessage(section, text) {
		let box = section.querySelector('.section-error');
		if (!text) {
			if (box) {
				box.remove();
			}
			section.classList.remove('has-error');
			return;
		}
		if (!box) {
			box = element('div', { class: 'message message-error section-error', role: 'alert' });
			section.querySelector('.section-head').after(box);
		}
		box.textContent = text;
		section.classList.add('has-error');
	}

	/** Runs the loader of a section; a failure is shown in the section and returned. */
	async function runSection(section, loader) {
		section.setAttribute('aria-busy', 'true');
		try {
			await loader();
			sectionMessage(section, null);
			return null;
		}
		catch (ex) {
			const error = ex instanceof ApiError ? ex : new ApiError(-1, 'Die Anzeige ist fehlgeschlagen: ' + ex.message);
			sectionMessage(section, error.message);
			return error;
		}
		finally {
			section.removeAttribute('aria-busy');
		}
	}

	const SECTIONS = [
		['#funnel', 'funnel', renderFunnel],
		['#lead-times', 'lead-times', renderLeadTimes],
		['#flow', 'flow', renderFlow],
		['#backlog', 'backlog', renderBacklog],
		['#naturalisation-backlog', 'naturalisation-backlog', renderNaturalisationBacklog]
	];

	async function loadAll(filters) {
		document.body.dataset.state = 'loading';
		$('#status').classList.remove('visually-hidden');
		$('#status').textContent = 'Daten werden geladen …';
		state.filters = filters;
		state.period = null;
		updateAddress(filters);
		updateCsvLinks(filters);
		const loads = SECTIONS.map(([selector, endpoint, render]) => runSection($(selector),
				async () => render(await getJson(endpoint, filters))));
		loads.push(runSection($('#heatmap'), () => loadHeatmap(filters)));
		const errors = (await Promise.all(loads)).filter((error) => error);
		const createdAt = new Date();
		describeFilters(filters, createdAt);
		const invalid = errors.find((error) => error.status === 400);
		if (invalid) {
			showFilterErrors(invalid.fieldErrors, invalid.message);
		}
		$('#status').textContent = errors.length
			? 'Einige Abschnitte konnten nicht geladen werden.'
			: 'Alle Abschnitte sind geladen.';
		$('#status').classList.toggle('visually-hidden', !errors.length);
		document.body.dataset.state = errors.length ? 'error' : 'ready';
	}

	async function loadFilterOptions() {
		const options = await getJson('filters', {
			from: $('#filter-from').value || isoDate(new Date()),
			to: $('#filter-to').value || isoDate(new Date())
		});
		if (typeof options.minimumCellSize === 'number') {
			state.minimumCellSize = options.minimumCellSize;
			document.querySelectorAll('.minimum-cell-size').forEach((node) => {
				node.textContent = integers.format(options.minimumCellSize);
			});
			document.querySelectorAll('.suppressed-sample').forEach((node) => {
				node.textContent = suppressedText();
			});
		}
		(options.districts || []).forEach((district) => {
			$('#filter-district').append(element('option', { value: district }, district));
		});
		(options.statusGroups || []).forEach((group) => {
			state.statusGroups.set(group.id, group.label);
			$('#filter-status-group').append(element('option', { value: group.id }, group.label));
		});
	}

	// ---------------------------------------------------------------------------------
	// Print
	// ---------------------------------------------------------------------------------

	function beforePrint() {
		state.charts.forEach((chart) => chart.resize(PRINT_CHART_SIZE.width, PRINT_CHART_SIZE.height));
		fitDiagram();
	}

	function afterPrint() {
		state.charts.forEach((chart) => chart.resize());
		fitDiagram();
	}

	// ---------------------------------------------------------------------------------
	// Start
	// ---------------------------------------------------------------------------------

	async function start() {
		configureCharts();
		applyPreset('last12');
		$('#filter-preset').addEventListener('change', (event) => applyPreset(event.target.value));
		['#filter-from', '#filter-to'].forEach((selector) => $(selector).addEventListener('input', () => {
			$('#filter-preset').value = 'custom';
		}));
		$('#filters').addEventListener('submit', (event) => {
			event.preventDefault();
			const filters = filtersFromForm();
			if (filters) {
				loadAll(filters);
			}
		});
		$('#flow-office').addEventListener('change', drawFlowChart);
		$('#heatmap-process').addEventListener('change', changeHeatmapProcess);
		$('#heatmap-measure').addEventListener('change', colourHeatmap);
		$('#print-report').addEventListener('click', () => {
			beforePrint();
			window.print();
		});
		window.addEventListener('beforeprint', beforePrint);
		window.addEventListener('afterprint', afterPrint);
		window.matchMedia('print').addEventListener('change', fitDiagram);
		window.addEventListener('resize', fitDiagram);

		try {
			await loadFilterOptions();
		}
		catch (ex) {
			const message = ex instanceof ApiError ? ex.message : 'Die Auswahl konnte nicht geladen werden.';
			showFilterErrors([], message);
		}
		readFiltersFromAddress();
		const filters = filtersFromForm();
		if (filters) {
			await loadAll(filters);
		}
		else {
			document.body.dataset.state = 'error';
			$('#status').textContent = 'Bitte prüfen Sie die Auswahl.';
		}
	}

	start();
}());
