/**
 * A structural check of project.qde against the rules of the REFI-QDA Project schema (Project-mrt2019.xsd,
 * namespace urn:QDA-XML:project:1.0) for the elements Soundbite writes: element order within each sequence,
 * cardinality, required and allowed attributes, attribute types (GUID, dateTime, integer, boolean, RGB,
 * typeOfVariable), text-only elements. On top of the schema it checks what importers rely on: unique GUIDs and
 * references that resolve to an element of the right kind. The published .xsd itself is not available here
 * (no package ships it), so this encodes its rules by hand. The XML is read by a conforming parser (xmldom) that
 * refuses what is not well-formed. Returns a list of problems (empty when valid).
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

type Seq = Array<[name: string, min: number, max: number]>;
interface Rule {
  required: string[];
  optional?: string[];
  sequence?: Seq;
  /** Elements with text content only. */
  text?: boolean;
}

const MANY = Infinity;
const STAMP = ['creatingUser', 'creationDateTime', 'modifyingUser', 'modifiedDateTime'];
const TEXT_SOURCE: Rule = {
  required: ['guid'],
  optional: ['name', 'richTextPath', 'plainTextPath', ...STAMP],
  sequence: [
    ['Description', 0, 1],
    ['PlainTextContent', 0, 1],
    ['PlainTextSelection', 0, MANY],
    ['Coding', 0, MANY],
    ['NoteRef', 0, MANY],
    ['VariableValue', 0, MANY],
  ],
};
const REF: Rule = { required: ['targetGUID'], sequence: [] };
const TEXT: Rule = { required: [], text: true };
const VALUE_CHOICE = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];

const RULES: Record<string, Rule> = {
  Project: {
    required: ['name'],
    optional: ['origin', 'creatingUserGUID', 'creationDateTime', 'modifyingUserGUID', 'modifiedDateTime', 'basePath'],
    sequence: [
      ['Users', 0, 1],
      ['CodeBook', 0, 1],
      ['Variables', 0, 1],
      ['Cases', 0, 1],
      ['Sources', 0, 1],
      ['Notes', 0, 1],
      ['Links', 0, 1],
      ['Sets', 0, 1],
      ['Graphs', 0, 1],
      ['Description', 0, 1],
      ['NoteRef', 0, MANY],
    ],
  },
  Users: { required: [], sequence: [['User', 1, MANY]] },
  User: { required: ['guid'], optional: ['name', 'id'], sequence: [] },
  CodeBook: { required: [], sequence: [['Codes', 1, 1]] },
  Codes: { required: [], sequence: [['Code', 1, MANY]] },
  Code: {
    required: ['guid', 'name', 'isCodable'],
    optional: ['color'],
    sequence: [
      ['Description', 0, 1],
      ['NoteRef', 0, MANY],
      ['Code', 0, MANY],
    ],
  },
  Variables: { required: [], sequence: [['Variable', 1, MANY]] },
  Variable: { required: ['guid', 'name', 'typeOfVariable'], sequence: [['Description', 0, 1]] },
  Cases: { required: [], sequence: [['Case', 1, MANY]] },
  Case: {
    required: ['guid'],
    optional: ['name'],
    sequence: [
      ['Description', 0, 1],
      ['CodeRef', 0, MANY],
      ['VariableValue', 0, MANY],
      ['SourceRef', 0, MANY],
      ['SelectionRef', 0, MANY],
    ],
  },
  // VariableRef, then at most one of the value elements (checked apart: a choice).
  VariableValue: { required: [], sequence: [['VariableRef', 1, 1]] },
  Sources: { required: [], sequence: [['TextSource', 1, MANY]] },
  TextSource: TEXT_SOURCE,
  Note: TEXT_SOURCE,
  Notes: { required: [], sequence: [['Note', 1, MANY]] },
  PlainTextSelection: {
    required: ['guid', 'startPosition', 'endPosition'],
    optional: ['name', ...STAMP],
    sequence: [
      ['Description', 0, 1],
      ['Coding', 0, MANY],
      ['NoteRef', 0, MANY],
    ],
  },
  Coding: {
    required: ['guid'],
    optional: ['creatingUser', 'creationDateTime'],
    sequence: [
      ['CodeRef', 1, 1],
      ['NoteRef', 0, MANY],
    ],
  },
  CodeRef: REF,
  NoteRef: REF,
  SourceRef: REF,
  SelectionRef: REF,
  VariableRef: REF,
  Description: TEXT,
  PlainTextContent: TEXT,
  ...Object.fromEntries(VALUE_CHOICE.map((n) => [n, TEXT])),
};

const GUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const ATTRIBUTE_TYPES: Record<string, RegExp> = {
  guid: GUID,
  targetGUID: GUID,
  creatingUser: GUID,
  modifyingUser: GUID,
  creatingUserGUID: GUID,
  modifyingUserGUID: GUID,
  creationDateTime: DATE_TIME,
  modifiedDateTime: DATE_TIME,
  startPosition: /^[+-]?\d+$/,
  endPosition: /^[+-]?\d+$/,
  isCodable: /^(true|false|1|0)$/,
  color: /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/,
  typeOfVariable: /^(Text|Boolean|Integer|Float|Date|DateTime)$/,
};
const VALUE_TYPES: Record<string, RegExp> = {
  BooleanValue: /^(true|false|1|0)$/,
  IntegerValue: /^[+-]?\d+$/,
  FloatValue: /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
  DateValue: /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/,
  DateTimeValue: DATE_TIME,
};
const REF_TARGETS: Record<string, string[]> = {
  CodeRef: ['Code'],
  NoteRef: ['Note'],
  VariableRef: ['Variable'],
  SelectionRef: ['PlainTextSelection'],
  SourceRef: ['TextSource'],
};
const NAMESPACE = 'urn:QDA-XML:project:1.0';

interface Node {
  name: string;
  attributes: Map<string, string>;
  children: Node[];
  text: string;
  path: string;
}

export function checkRefiQdaProject(xml: string): string[] {
  const problems: string[] = [];
  if (!xml.startsWith('<?xml')) problems.push('no XML declaration');
  let rootElement: Element | null;
  try {
    rootElement = parseXml(xml).documentElement;
  } catch (err) {
    return [`not well-formed XML: ${err instanceof Error ? err.message : String(err)}`];
  }
  if (!rootElement) return ['no root element'];
  const root = toNode(rootElement, '');
  if (root.name !== 'Project') problems.push(`root is <${root.name}>, not <Project>`);
  if (root.attributes.get('xmlns') !== NAMESPACE) problems.push(`root namespace is not ${NAMESPACE}`);
  root.attributes.delete('xmlns');

  const byGuid = new Map<string, Node>();
  const refs: Node[] = [];
  const visit = (node: Node) => {
    checkNode(node, problems);
    const guid = node.attributes.get('guid');
    if (guid) {
      if (byGuid.has(guid)) problems.push(`${node.path}: guid ${guid} is used twice`);
      byGuid.set(guid, node);
    }
    if (REF_TARGETS[node.name]) refs.push(node);
    node.children.forEach(visit);
  };
  visit(root);
  for (const ref of refs) {
    const target = byGuid.get(ref.attributes.get('targetGUID') ?? '');
    if (!target || !REF_TARGETS[ref.name]!.includes(target.name)) {
      problems.push(`${ref.path}: targetGUID does not name a ${REF_TARGETS[ref.name]!.join(' or ')}`);
    }
  }
  return problems;
}

/** A strict parse: any error or fatal error throws. */
export function parseXml(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message.split('\n')[0]);
    },
  }).parseFromString(xml, 'text/xml');
}

function toNode(el: Element, parentPath: string): Node {
  const name = el.localName ?? el.tagName;
  const attributes = new Map<string, string>();
  for (let i = 0; i < el.attributes.length; i++) {
    const attr = el.attributes.item(i)!;
    attributes.set(attr.name, attr.value);
  }
  const path = `${parentPath}/${name}`;
  const children: Node[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const child = el.childNodes.item(i)!;
    if (child.nodeType === child.ELEMENT_NODE) children.push(toNode(child as Element, path));
  }
  return { name, attributes, children, text: el.textContent ?? '', path };
}

function checkNode(node: Node, problems: string[]): void {
  const rule = RULES[node.name];
  if (!rule) {
    problems.push(`${node.path}: element not in the schema subset`);
    return;
  }
  for (const a of rule.required) if (!node.attributes.has(a)) problems.push(`${node.path}: missing attribute ${a}`);
  const allowed = new Set([...rule.required, ...(rule.optional ?? [])]);
  for (const [a, value] of node.attributes) {
    if (!allowed.has(a)) problems.push(`${node.path}: attribute ${a} is not allowed`);
    const type = ATTRIBUTE_TYPES[a];
    if (type && !type.test(value)) problems.push(`${node.path}: ${a}="${value}" is not a valid value`);
  }
  if (rule.text) {
    if (node.children.length > 0) problems.push(`${node.path}: must hold text only`);
    const type = VALUE_TYPES[node.name];
    if (type && !type.test(node.text.trim())) problems.push(`${node.path}: "${node.text}" is not a valid value`);
    return;
  }
  let children = node.children;
  if (node.name === 'VariableValue') {
    const values = children.slice(1);
    if (values.length > 1 || values.some((v) => !VALUE_CHOICE.includes(v.name))) {
      problems.push(`${node.path}: VariableRef must be followed by at most one value element`);
    }
    children = children.slice(0, 1);
  }
  checkSequence(node.path, children, rule.sequence ?? [], problems);
  if (
    (node.name === 'TextSource' || node.name === 'Note') &&
    node.children.some((c) => c.name === 'PlainTextContent') === node.attributes.has('plainTextPath')
  ) {
    problems.push(`${node.path}: needs either PlainTextContent or plainTextPath, not both`);
  }
}

function checkSequence(path: string, children: Node[], sequence: Seq, problems: string[]): void {
  let i = 0;
  for (const [name, min, max] of sequence) {
    let count = 0;
    while (i < children.length && children[i]!.name === name) {
      count++;
      i++;
    }
    if (count < min) problems.push(`${path}: needs at least ${min} <${name}> here`);
    if (count > max) problems.push(`${path}: at most ${max} <${name}> allowed`);
  }
  if (i < children.length) problems.push(`${path}: <${children[i]!.name}> is not allowed at this position`);
}
