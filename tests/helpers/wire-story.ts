/** An invented wire story and a republished copy with one paragraph rewritten: a near-duplicate pair for tests. */
export const WIRE_STORY = [
  'The Kestrian port of Ebbing reopened on Tuesday after nine days of strikes by dock workers, harbour officials said.',
  '“Trade is flowing again and the queues of ships outside the harbour will be gone by Friday,” harbour master Edda Strand said at the quay.',
  'The dock workers union said its members had accepted a pay offer of six percent over two years and would return to every shift.',
  'Union leader Pavel Roth said the agreement showed that patient negotiation could still deliver results for working families.',
  'Shipping companies had diverted more than forty vessels to Norvanian ports during the strike, raising costs for importers.',
  '“We lost money every single day the cranes stood still,” said Ilse Marden of the Kestrian Shippers Council.',
];

export const WIRE_COPY = WIRE_STORY.map((p, i) =>
  i === 4
    ? 'During the strike more than forty ships were sent on to ports in Norvania, which pushed up costs for importers.'
    : p,
);
