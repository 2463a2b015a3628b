// network.js draws who acts on whom with Cytoscape.js: one node per actor
// code, one arrow per (actor, recipient) pair.
import cytoscape from './vendor/cytoscape/cytoscape.esm.min.js';
import { api } from './api.js';

let cy = null;

// colour is green for co-operation and red for conflict, from a mean
// Goldstein score in [-10, 10].
function colour(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  return t >= 0 ? `rgb(${Math.round(160 - 120 * t)},${Math.round(160 + 20 * t)},${Math.round(160 - 120 * t)})`
    : `rgb(${Math.round(160 - 40 * t)},${Math.round(160 + 120 * t)},${Math.round(160 + 120 * t)})`;
}

// drawNetwork fetches the dyads for the filters and draws them in root;
// onPick is called with an actor code when a node is clicked.
export async function drawNetwork(root, filters, onPick) {
  const res = await api('network', { ...filters, limit: 200 });
  const nodes = new Map();
  const edges = [];
  for (const d of res.items) {
    for (const code of [d.actor, d.recipient]) nodes.set(code, (nodes.get(code) || 0) + d.events);
    edges.push({
      data: {
        id: d.actor + '>' + d.recipient, source: d.actor, target: d.recipient,
        width: 1 + Math.log2(1 + d.events) * 2, colour: colour(d.goldstein),
        label: String(d.events),
      },
    });
  }
  if (cy) cy.destroy();
  cy = null;
  root.replaceChildren();
  if (!edges.length) {
    root.textContent = 'no actor pairs';
    return;
  }
  cy = cytoscape({
    container: root,
    elements: [
      ...[...nodes].map(([code, n]) => ({ data: { id: code, size: 20 + Math.sqrt(n) * 6 } })),
      ...edges,
    ],
    layout: { name: nodes.size > 2 ? 'cose' : 'circle', animate: false, padding: 20 },
    style: [
      { selector: 'node', style: { label: 'data(id)', width: 'data(size)', height: 'data(size)', 'background-color': '#4a5568', color: '#1a202c', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9 } },
    ],
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (e) => onPick(e.target.id()));
}
