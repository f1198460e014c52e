// The visual grammar: one shape and colour per node kind, one stroke per edge type.
// The legend, the kind filter and the Cytoscape stylesheet are all drawn from these tables,
// so they cannot disagree. Red and green are kept for CONTRADICTS and SUPPORTS edges only.

/** Node kinds in legend order, as the API's NodeKind enum spells them. */
export const KINDS = [
  { kind: 'PERSON', singular: 'Person', plural: 'People', shape: 'ellipse', color: '#0969da', border: '#0a3069', width: 34, height: 34 },
  { kind: 'ORGANISATION', singular: 'Organisation', plural: 'Organisations', shape: 'round-rectangle', color: '#8250df', border: '#3e1f79', width: 42, height: 30 },
  { kind: 'CLAIM', singular: 'Claim', plural: 'Claims', shape: 'diamond', color: '#d4a72c', border: '#7d4e00', width: 38, height: 38 },
  { kind: 'SOURCE', singular: 'Source', plural: 'Sources', shape: 'rectangle', color: '#1b7c83', border: '#0a3d40', width: 28, height: 34 },
  { kind: 'EVENT', singular: 'Event', plural: 'Events', shape: 'hexagon', color: '#bf3989', border: '#5e1140', width: 38, height: 34 },
  { kind: 'ATTRIBUTION', singular: 'Attribution', plural: 'Attributions', shape: 'round-triangle', color: '#6e7781', border: '#24292f', width: 24, height: 22 },
];

export const KIND_BY_NAME = Object.fromEntries(KINDS.map((k) => [k.kind, k]));

/** GraphQL __typename → NodeKind. */
export const KIND_OF_TYPENAME = {
  Person: 'PERSON',
  Organisation: 'ORGANISATION',
  Claim: 'CLAIM',
  Source: 'SOURCE',
  Event: 'EVENT',
  Attribution: 'ATTRIBUTION',
};

/** Edge types with their legend wording and stroke. Types not listed use OTHER_EDGE. */
export const EDGES = [
  { type: 'CONTRADICTS', legend: 'contradicts', color: '#cf222e', width: 3.5, style: 'solid' },
  { type: 'SUPPORTS', legend: 'supports', color: '#1a7f37', width: 3.5, style: 'solid' },
  { type: 'SAID', legend: 'said (speaker → claim, labelled with the mode)', color: '#24292f', width: 2, style: 'solid' },
  { type: 'SAID_IN', legend: 'said in (claim → source)', color: '#1b7c83', width: 1.5, style: 'dashed' },
  { type: 'CITES', legend: 'cites / via (reporting chain)', color: '#57606a', width: 1.5, style: 'dotted' },
  { type: 'ABOUT', legend: 'about, mentions, membership and other links', color: '#8c959f', width: 1, style: 'solid' },
];

export const EDGE_BY_TYPE = Object.fromEntries(EDGES.map((e) => [e.type, e]));
EDGE_BY_TYPE.VIA = { ...EDGE_BY_TYPE.CITES, type: 'VIA' };
export const OTHER_EDGE = EDGE_BY_TYPE.ABOUT;

/** Words shown for attribution modes. */
export const MODE_WORDS = { DIRECT_QUOTE: 'direct quote', PARAPHRASE: 'paraphrase', REPORTED: 'reported' };

/** An edge's drawn label: the mode on SAID edges, the spelling on mentions, the relation's name on most others. */
export function edgeLabel(edge) {
  switch (edge.type) {
    case 'SAID':
      return (edge.label || '').split(', ').filter(Boolean).map((m) => MODE_WORDS[m] || m.toLowerCase()).join(', ');
    case 'ABOUT':
    case 'SAID_IN':
      return '';
    case 'MENTIONED_IN':
      return edge.label ? `as “${edge.label}”` : 'mentioned in';
    default:
      return edge.type.toLowerCase().replace(/_/g, ' ');
  }
}

/** A small inline SVG of a kind's shape, for the legend, lists and search results. */
export function kindIcon(kind, size = 16) {
  const k = KIND_BY_NAME[kind] || KIND_BY_NAME.ATTRIBUTION;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('kind-icon');
  const shapes = {
    ellipse: ['circle', { cx: 8, cy: 8, r: 6.5 }],
    'round-rectangle': ['rect', { x: 1.5, y: 3.5, width: 13, height: 9, rx: 2.5 }],
    diamond: ['polygon', { points: '8,1 15,8 8,15 1,8' }],
    rectangle: ['rect', { x: 3.5, y: 1.5, width: 9, height: 13 }],
    hexagon: ['polygon', { points: '4,2 12,2 15.5,8 12,14 4,14 0.5,8' }],
    'round-triangle': ['polygon', { points: '8,2 14.5,14 1.5,14' }],
  };
  const [tag, attrs] = shapes[k.shape];
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [a, v] of Object.entries(attrs)) el.setAttribute(a, String(v));
  el.setAttribute('fill', k.color);
  el.setAttribute('stroke', k.border);
  el.setAttribute('stroke-width', '1.2');
  svg.append(el);
  return svg;
}

/** A small inline SVG of an edge stroke, for the legend. */
export function edgeIcon(spec) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '12');
  svg.setAttribute('viewBox', '0 0 28 12');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
  Object.entries({ x1: 1, y1: 6, x2: 21, y2: 6 }).forEach(([a, v]) => line.setAttribute(a, String(v)));
  line.setAttribute('stroke', spec.color);
  line.setAttribute('stroke-width', String(Math.max(1.5, spec.width)));
  if (spec.style === 'dashed') line.setAttribute('stroke-dasharray', '4 3');
  if (spec.style === 'dotted') line.setAttribute('stroke-dasharray', '1.5 2.5');
  const head = document.createElementNS('http://www.w3.org/2000/svg', 'polygon');
  head.setAttribute('points', '20,2 27,6 20,10');
  head.setAttribute('fill', spec.color);
  svg.append(line, head);
  return svg;
}

/** The Cytoscape stylesheet built from the tables above. */
export function cytoscapeStyle() {
  const style = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        'font-size': 11,
        color: '#1f2328',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 130,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        'text-background-shape': 'roundrectangle',
        'border-width': 1.5,
        'min-zoomed-font-size': 6,
      },
    },
  ];
  for (const k of KINDS) {
    style.push({
      selector: `node[kind = "${k.kind}"]`,
      style: { shape: k.shape, 'background-color': k.color, 'border-color': k.border, width: k.width, height: k.height },
    });
  }
  style.push(
    { selector: 'node.expanded', style: { 'border-width': 4, 'border-style': 'double' } },
    { selector: 'node.retracted', style: { opacity: 0.5, 'border-style': 'dashed', 'border-width': 2, 'background-opacity': 0.45 } },
    {
      selector: 'node:selected',
      style: { 'outline-width': 3, 'outline-color': '#1f2328', 'outline-offset': 3, 'outline-opacity': 1, 'font-weight': 'bold', 'z-index': 20 },
    },
    { selector: 'node.on-path', style: { 'outline-width': 3, 'outline-color': '#0969da', 'outline-offset': 2, 'outline-opacity': 1 } },
    { selector: 'node.hover', style: { label: 'data(full)', 'text-max-width': 220, 'z-index': 30, 'text-background-opacity': 1 } },
    {
      selector: 'edge',
      style: {
        width: OTHER_EDGE.width,
        'line-color': OTHER_EDGE.color,
        'target-arrow-color': OTHER_EDGE.color,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(display)',
        'font-size': 8,
        color: '#424a53',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': 1,
        'min-zoomed-font-size': 7,
      },
    },
  );
  for (const e of [...EDGES, EDGE_BY_TYPE.VIA]) {
    style.push({
      selector: `edge[type = "${e.type}"]`,
      style: { width: e.width, 'line-color': e.color, 'target-arrow-color': e.color, 'line-style': e.style },
    });
  }
  style.push(
    { selector: 'edge[type = "CONTRADICTS"], edge[type = "SUPPORTS"]', style: { 'font-size': 9, 'font-weight': 'bold', color: '#1f2328', 'z-index': 10 } },
    { selector: 'edge[type = "CONTRADICTS"]', style: { color: '#a40e26' } },
    { selector: 'edge[type = "SUPPORTS"]', style: { color: '#116329' } },
    { selector: 'edge.on-path', style: { width: 4, 'line-color': '#0969da', 'target-arrow-color': '#0969da', 'z-index': 15 } },
    { selector: 'edge:selected', style: { width: 4, 'overlay-opacity': 0.08 } },
    { selector: '.filtered', style: { display: 'none' } },
  );
  return style;
}
