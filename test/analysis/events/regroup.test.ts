// Regrouping around a new document (the service's event grouping), on small hand-made neighbourhoods.
import t from 'tap';
import { clearEvent, opensEvent, planRegroup, type Neighbourhood } from '../../../src/analysis/events/index.js';

const NEW = -1;
const CUT = 0.3;

function neighbourhood(n: Partial<Neighbourhood>): Neighbourhood {
  return { document: NEW, events: [], links: [], movableLinks: [], movableToEvents: [], eventLinks: [], eventOf: new Map(), cut: CUT, ...n };
}

/** Two events of five older documents each (ids 1–5 in 10, 6–10 in 20), the new document close to the first. */
function twoEvents(eventLink: number, pinned = false): Neighbourhood {
  const eventOf = new Map<number, number>();
  for (let d = 1; d <= 10; d++) eventOf.set(d, d <= 5 ? 10 : 20);
  return neighbourhood({
    events: [
      { id: 10, size: 5, movable: [], pinned },
      { id: 20, size: 5, movable: [], pinned },
    ],
    // mean 0.6 to event 10, 0.35 to event 20
    links: [1, 2, 3, 4, 5].map((b) => ({ a: NEW, b, similarity: 0.6 })).concat([6, 7, 8, 9, 10].map((b) => ({ a: NEW, b, similarity: 0.35 }))),
    eventLinks: [{ a: 10, b: 20, total: eventLink }],
    eventOf,
  });
}

t.test('a new document joins the young event it is close to', async (t) => {
  const plan = planRegroup(
    neighbourhood({
      events: [{ id: 10, size: 2, movable: [1, 2], pinned: false }],
      links: [
        { a: NEW, b: 1, similarity: 0.5 },
        { a: NEW, b: 2, similarity: 0.6 },
      ],
      movableLinks: [{ a: 2, b: 1, similarity: 0.7 }],
      movableToEvents: [
        { document: 1, event: 10, total: 0.7 },
        { document: 2, event: 10, total: 0.7 },
      ],
      eventOf: new Map([
        [1, 10],
        [2, 10],
      ]),
    }),
  );
  t.same(plan, { groups: [{ event: 10, absorbs: [], documents: [NEW, 1, 2] }], emptied: [] });
});

t.test('a young event holding two happenings is taken apart when a document shows it', async (t) => {
  // 1 and 2 were put together at 0.25 (the cut was lower then); the new document is 2's twin.
  const plan = planRegroup(
    neighbourhood({
      events: [{ id: 10, size: 2, movable: [1, 2], pinned: false }],
      links: [
        { a: NEW, b: 1, similarity: 0.1 },
        { a: NEW, b: 2, similarity: 0.8 },
      ],
      movableLinks: [{ a: 2, b: 1, similarity: 0.25 }],
      movableToEvents: [
        { document: 1, event: 10, total: 0.25 },
        { document: 2, event: 10, total: 0.25 },
      ],
      eventOf: new Map([
        [1, 10],
        [2, 10],
      ]),
    }),
  );
  const groups = plan.groups.map((g) => g.documents.slice().sort((a, b) => a - b));
  t.same(groups.sort((a, b) => a[0]! - b[0]!), [[NEW, 2], [1]], 'the twin pair and the other document apart');
  t.equal(new Set(plan.groups.map((g) => g.event)).size, 2, 'two events: one keeps the id, the other is new');
  t.same(plan.emptied, []);
});

t.test('events merge when a document bridges them and their older parts are close enough', async (t) => {
  // {new + event 10} to event 20: (eventLink + 5 × 0.35) / (6 × 5).
  t.same(planRegroup(twoEvents(7)).groups, [{ event: 10, absorbs: [], documents: [NEW] }], '(7 + 1.75) / 30 < 0.3: no merge');
  t.same(planRegroup(twoEvents(7.5)).groups, [{ event: 10, absorbs: [20], documents: [NEW] }], '(7.5 + 1.75) / 30 ≥ 0.3: 20 folds into 10');
});

t.test('two pinned events are never merged', async (t) => {
  t.same(planRegroup(twoEvents(7.5, true)).groups, [{ event: 10, absorbs: [], documents: [NEW] }]);
});

t.test('a pinned event keeps its recent documents', async (t) => {
  const n = neighbourhood({
    events: [{ id: 10, size: 3, movable: [3], pinned: true }],
    links: [{ a: NEW, b: 3, similarity: 0.9 }],
    movableToEvents: [{ document: 3, event: 10, total: 0.1 }],
    eventOf: new Map([[3, 10]]),
  });
  // Pinned, the event is one unit of 3 documents: mean 0.3 from the new document.
  t.same(planRegroup(n).groups, [{ event: 10, absorbs: [], documents: [NEW] }]);
  // Not pinned, document 3 (far from the event's older part) leaves with the new document.
  const free = planRegroup({ ...n, events: [{ id: 10, size: 3, movable: [3], pinned: false }] });
  t.same(free.groups, [{ event: null, absorbs: [], documents: [NEW, 3] }]);
});

t.test('a recent document is compared with its event\'s older part by its sum less its links to movable documents', async (t) => {
  // Event 10: older part of 2 documents, movable 3 and 4 (linked to each other at 0.2).
  const base = {
    events: [{ id: 10, size: 4, movable: [3, 4], pinned: false }],
    links: [{ a: NEW, b: 4, similarity: 0.05 }],
    movableLinks: [{ a: 4, b: 3, similarity: 0.2 }],
    eventOf: new Map([
      [3, 10],
      [4, 10],
    ]),
  };
  // 4: (1.0 - 0.2) / 2 = 0.4 from the older part, joins it first; then 3: (0.9 - 0.2 + 0.2) / 3 = 0.3.
  const stays = planRegroup(neighbourhood({ ...base, movableToEvents: [{ document: 3, event: 10, total: 0.9 }, { document: 4, event: 10, total: 1.0 }] }));
  t.same(stays.groups, [{ event: null, absorbs: [], documents: [NEW] }], 'both stay: nothing changes but the new event');
  // 3: (0.7 - 0.2 + 0.2) / 3 < 0.3: it leaves.
  const leaves = planRegroup(neighbourhood({ ...base, movableToEvents: [{ document: 3, event: 10, total: 0.7 }, { document: 4, event: 10, total: 1.0 }] }));
  t.same(
    leaves.groups.map((g) => g.documents),
    [[NEW], [3]],
    'the new document and 3 each in a new event',
  );
  t.same(leaves.groups.map((g) => g.event), [null, null]);
});

t.test('a document with no link at the cut opens an event; one clearly in an event joins it', async (t) => {
  const eventOf = new Map([
    [1, 10],
    [2, 20],
  ]);
  const sizes = new Map([
    [10, 1],
    [20, 1],
  ]);
  t.ok(opensEvent([{ a: NEW, b: 1, similarity: 0.29 }], CUT));
  t.notOk(opensEvent([{ a: NEW, b: 1, similarity: 0.3 }], CUT));
  const near = (s1: number, s2: number) => [
    { a: NEW, b: 1, similarity: s1 },
    { a: NEW, b: 2, similarity: s2 },
  ];
  t.equal(clearEvent(near(0.7, 0.2), eventOf, sizes, CUT), 10, 'twice the cut to one, below it to the other');
  t.equal(clearEvent(near(0.5, 0.2), eventOf, sizes, CUT), null, 'not far enough above the cut');
  t.equal(clearEvent(near(0.7, 0.35), eventOf, sizes, CUT), null, 'close to another event too: regroup');
});
