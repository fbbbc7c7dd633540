// The dashboard: one static page that calls the public API, nothing more.
export const DASHBOARD_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>divergence</title>
<style>
  :root { --ink:#1d232b; --muted:#5d6875; --line:#dfe3e8; --a:#fff1c2; --b:#d9ecff; --bg:#f7f8fa; }
  * { box-sizing: border-box; }
  body { margin:0; font:15px/1.5 system-ui, sans-serif; color:var(--ink); background:var(--bg); }
  header { display:flex; gap:1rem; align-items:center; padding:.8rem 1.5rem; background:#fff; border-bottom:1px solid var(--line); }
  header h1 { font-size:1.2rem; margin:0; }
  header a { color:var(--muted); }
  form { display:flex; gap:.6rem; flex-wrap:wrap; align-items:end; padding:1rem 1.5rem; }
  label { display:flex; flex-direction:column; font-size:.8rem; color:var(--muted); }
  select, input, button { font:inherit; padding:.3rem .5rem; border:1px solid var(--line); border-radius:4px; background:#fff; }
  main { padding:0 1.5rem 2rem; display:grid; gap:1rem; }
  article { background:#fff; border:1px solid var(--line); border-radius:6px; padding:1rem; }
  .meta { display:flex; gap:.8rem; flex-wrap:wrap; font-size:.85rem; color:var(--muted); }
  .kind { font-weight:600; color:var(--ink); }
  .score { font-variant-numeric: tabular-nums; }
  .sides { display:grid; grid-template-columns:1fr 1fr; gap:1rem; margin-top:.6rem; }
  @media (max-width: 800px) { .sides { grid-template-columns:1fr; } }
  .side h3 { margin:0 0 .2rem; font-size:.95rem; }
  .side p { margin:.2rem 0; }
  .side small { color:var(--muted); }
  mark.a { background:var(--a); } mark.b { background:var(--b); }
  mark { padding:0 .1rem; border-radius:2px; }
  ul.cues { margin:.6rem 0 0; padding-left:1.2rem; font-size:.85rem; }
  .empty { color:var(--muted); }
</style>
</head>
<body>
<header><h1>divergence</h1><span>who said what, and where the accounts part ways</span><a href="/docs">API docs</a></header>
<form id="filters">
  <label>Kind <select name="kind"><option value="">any</option><option>stated-vs-claimed</option><option>contradiction</option><option>divergent-accounts</option><option>quote-variant</option></select></label>
  <label>Actor <input name="actor" placeholder="name or id"></label>
  <label>Min score <input name="minScore" type="number" min="0" max="1" step="0.05" placeholder="flag threshold"></label>
  <label>Sort <select name="sort"><option value="score">best first</option><option value="date">newest first</option></select></label>
  <button>Show</button>
</form>
<main id="list"><p class="empty">Loading…</p></main>
<script>
const list = document.getElementById('list');
const form = document.getElementById('filters');
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
function highlight(text, spans, cls) {
  const sorted = spans.filter(Boolean).sort((x, y) => x.start - y.start);
  let out = '', at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out += esc(text.slice(at, s.start)) + '<mark class="' + cls + '">' + esc(text.slice(s.start, s.end)) + '</mark>';
    at = s.end;
  }
  return out + esc(text.slice(at));
}
function side(s, spans, cls) {
  const d = s.document;
  const where = [d.outlet, d.publishedAt, d.title].filter(Boolean).map(esc).join(' · ');
  return '<div class="side"><h3>' + esc(s.speaker || 'unattributed') + '</h3><p>' + highlight(s.text, spans, cls) + '</p><small>' + where + '</small></div>';
}
function card(v) {
  const cues = v.cues.map((c) => '<li><b>' + esc(c.type) + '</b>: ' + esc(c.note) + '</li>').join('');
  return '<article><div class="meta"><span class="kind">' + esc(v.kind) + '</span><span class="score">score ' + v.score.toFixed(2) +
    '</span><span class="score">relatedness ' + v.relatedness.toFixed(2) + '</span></div><div class="sides">' +
    side(v.a, v.cues.map((c) => c.a), 'a') + side(v.b, v.cues.map((c) => c.b), 'b') + '</div><ul class="cues">' + cues + '</ul></article>';
}
async function load() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v) params.set(k, v);
  params.set('limit', '50');
  const res = await fetch('/divergences?' + params);
  const body = await res.json();
  if (!res.ok) { list.innerHTML = '<p class="empty">' + esc(body.detail || 'Request failed') + '</p>'; return; }
  list.innerHTML = body.items.length ? body.items.map(card).join('') : '<p class="empty">No divergences match.</p>';
}
form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
load();
</script>
</body>
</html>
`;
