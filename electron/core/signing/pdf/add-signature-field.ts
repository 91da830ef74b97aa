/**
 * Appends an incremental update that adds a signature field to a PDF: the signature dictionary
 * with an empty /Contents and a /ByteRange placeholder (as @signpdf/signpdf expects), its widget
 * annotation on the chosen page, and the AcroForm entry. The original bytes are not touched, so
 * earlier signatures stay valid.
 *
 * Why not @signpdf/placeholder-plain's plainAddPlaceholder: it always puts the widget on the
 * first page, and it writes /Name, /Reason and /Location by UTF-8-encoding a UTF-16 "binary"
 * string, which corrupts every Vietnamese letter. We keep its conventions (placeholder shape,
 * Adobe.PPKLite, field naming) and write the objects ourselves.
 */
import { DEFAULT_BYTE_RANGE_PLACEHOLDER } from '@signpdf/utils';
import { type PdfDict, type PdfValue, parseIndirectObject, PdfSyntaxError } from './pdf-syntax';
import { pdfDate, pdfDict, pdfName, pdfNumber, pdfRef, pdfText, rewriteDict } from './pdf-write';
import { readXref } from './xref';

export interface SignatureFieldOptions {
  subFilter: string;
  signingTime: Date;
  /** Bytes reserved for the DER signature; /Contents gets twice as many hex digits. */
  signatureLength: number;
  reason?: string;
  location?: string;
  contactInfo?: string;
  name?: string;
  appName?: string;
  /** Where viewers show the signature; omitted = an invisible signature on the first page. */
  widget?: { pageIndex: number; rect: [number, number, number, number] };
}

export class PageNotFoundError extends Error {}

type Obj = { num: number; gen: number; value: PdfValue };

function objectLoader(pdf: Uint8Array, offsets: Map<number, number>) {
  return (ref: PdfValue | undefined): Obj => {
    if (ref?.kind !== 'ref') throw new PdfSyntaxError('reference expected');
    const offset = offsets.get(ref.num);
    if (offset === undefined) throw new PdfSyntaxError(`object ${ref.num} not in xref`);
    return parseIndirectObject(pdf, offset);
  };
}

const asDict = (value: PdfValue | undefined, what: string): PdfDict => {
  if (value?.kind !== 'dict') throw new PdfSyntaxError(`${what} is not a dictionary`);
  return value;
};

/** Walks the page tree to the page at `index` (0-based). */
function findPage(load: (ref: PdfValue | undefined) => Obj, pagesRef: PdfValue | undefined, index: number): Obj {
  let remaining = index;
  const visit = (ref: PdfValue, depth: number): Obj | undefined => {
    if (depth > 64) throw new PdfSyntaxError('page tree too deep');
    const node = load(ref);
    const dict = asDict(node.value, 'page tree node');
    const kids = dict.entries.get('Kids');
    if (kids?.kind !== 'array') {
      // A leaf: a page.
      if (remaining === 0) return node;
      remaining--;
      return undefined;
    }
    for (const kid of kids.items) {
      const found = visit(kid, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  const page = pagesRef ? visit(pagesRef, 0) : undefined;
  if (!page) throw new PageNotFoundError(`page ${index + 1} not found`);
  return page;
}

const sourceText = (pdf: Uint8Array, v: PdfValue) => Buffer.from(pdf.subarray(v.start, v.end)).toString('latin1');

/** Source of an array with one more item appended. */
const appendToArray = (pdf: Uint8Array, array: PdfValue | undefined, item: string) =>
  array?.kind === 'array' ? `[${array.items.map((i) => sourceText(pdf, i)).join(' ')} ${item}]` : `[${item}]`;

export function addSignatureField(pdf: Uint8Array, options: SignatureFieldOptions): Uint8Array {
  const { offsets, trailer, startxref } = readXref(pdf);
  const load = objectLoader(pdf, offsets);
  const sizeValue = trailer.entries.get('Size');
  // New objects are numbered from /Size (or past the highest object, if /Size lies).
  let nextNum = Math.max(sizeValue?.kind === 'number' ? sizeValue.value : 0, Math.max(0, ...offsets.keys()) + 1);
  const rootRef = trailer.entries.get('Root');
  const root = load(rootRef);
  const rootDict = asDict(root.value, 'catalog');
  const pageIndex = options.widget?.pageIndex ?? 0;
  const page = findPage(load, rootDict.entries.get('Pages'), pageIndex);
  const pageDict = asDict(page.value, 'page');

  const written = new Map<number, { gen: number; body: string }>();
  const put = (num: number, gen: number, body: string) => written.set(num, { gen, body });
  const sigNum = nextNum++;
  const widgetNum = nextNum++;

  // The AcroForm: extend an existing one (keeping its fields) or create it.
  const acroEntry = rootDict.entries.get('AcroForm');
  let fieldCount = 0;
  const acroChanges = (acro: PdfDict) => {
    const fields = acro.entries.get('Fields');
    const fieldsValue = fields?.kind === 'ref' ? load(fields).value : fields;
    fieldCount = fieldsValue?.kind === 'array' ? fieldsValue.items.length : 0;
    return { SigFlags: '3', Fields: appendToArray(pdf, fieldsValue, pdfRef(widgetNum)) };
  };
  if (acroEntry?.kind === 'ref') {
    const acro = load(acroEntry);
    put(acro.num, acro.gen, rewriteDict(pdf, asDict(acro.value, 'AcroForm'), acroChanges(asDict(acro.value, 'AcroForm'))));
  } else if (acroEntry?.kind === 'dict') {
    put(root.num, root.gen, rewriteDict(pdf, rootDict, { AcroForm: rewriteDict(pdf, acroEntry, acroChanges(acroEntry)) }));
  } else {
    const acroNum = nextNum++;
    put(acroNum, 0, pdfDict({ Type: '/AcroForm', SigFlags: '3', Fields: `[${pdfRef(widgetNum)}]` }));
    put(root.num, root.gen, rewriteDict(pdf, rootDict, { AcroForm: pdfRef(acroNum) }));
  }

  // The widget goes into the page's /Annots (an inline array or an array object of its own).
  const annots = pageDict.entries.get('Annots');
  if (annots?.kind === 'ref') {
    const array = load(annots);
    put(array.num, array.gen, appendToArray(pdf, array.value, pdfRef(widgetNum)));
  } else {
    put(page.num, page.gen, rewriteDict(pdf, pageDict, { Annots: appendToArray(pdf, annots, pdfRef(widgetNum)) }));
  }

  const [x1, y1, x2, y2] = options.widget?.rect ?? [0, 0, 0, 0];
  const visible = x2 !== x1 && y2 !== y1;
  let appearance: string | undefined;
  if (visible) {
    // An empty appearance: the visible block is already drawn in the page content.
    const apNum = nextNum++;
    const bbox = `[0 0 ${pdfNumber(Math.abs(x2 - x1))} ${pdfNumber(Math.abs(y2 - y1))}]`;
    put(apNum, 0, `${pdfDict({ Type: '/XObject', Subtype: '/Form', BBox: bbox, Resources: '<< >>', Length: '0' })}\nstream\n\nendstream`);
    appearance = `<< /N ${pdfRef(apNum)} >>`;
  }
  put(widgetNum, 0, pdfDict({
    Type: '/Annot',
    Subtype: '/Widget',
    FT: '/Sig',
    T: pdfText(`Signature${fieldCount + 1}`),
    V: pdfRef(sigNum),
    P: pdfRef(page.num, page.gen),
    Rect: `[${[x1, y1, x2, y2].map(pdfNumber).join(' ')}]`,
    F: '132', // Print + Locked
    AP: appearance,
  }));
  const placeholder = pdfName(DEFAULT_BYTE_RANGE_PLACEHOLDER);
  put(sigNum, 0, pdfDict({
    Type: '/Sig',
    Filter: '/Adobe.PPKLite',
    SubFilter: pdfName(options.subFilter),
    ByteRange: `[0 ${placeholder} ${placeholder} ${placeholder}]`,
    Contents: `<${'0'.repeat(options.signatureLength * 2)}>`,
    M: pdfDate(options.signingTime),
    Name: options.name ? pdfText(options.name) : undefined,
    Reason: options.reason ? pdfText(options.reason) : undefined,
    Location: options.location ? pdfText(options.location) : undefined,
    ContactInfo: options.contactInfo ? pdfText(options.contactInfo) : undefined,
    Prop_Build: options.appName ? `<< /App << /Name ${pdfName(options.appName)} >> >>` : undefined,
  }));

  // Serialise: objects, then an xref section for them, then the trailer pointing back (/Prev).
  const lineEnd = pdf[pdf.length - 1] === 0x0a || pdf[pdf.length - 1] === 0x0d ? '' : '\n';
  let update = lineEnd;
  const entries = new Map<number, { offset: number; gen: number }>();
  for (const num of [...written.keys()].sort((a, b) => a - b)) {
    const { gen, body } = written.get(num)!;
    entries.set(num, { offset: pdf.length + update.length, gen });
    update += `${num} ${gen} obj\n${body}\nendobj\n`;
  }
  const xrefOffset = pdf.length + update.length;
  const row = (offset: number, gen: number, type: string) =>
    `${String(offset).padStart(10, '0')} ${String(gen).padStart(5, '0')} ${type} \n`;
  update += 'xref\n0 1\n' + row(0, 65535, 'f');
  for (const [num, { offset, gen }] of entries) update += `${num} 1\n${row(offset, gen, 'n')}`;
  const keep = (key: string) => {
    const v = trailer.entries.get(key);
    return v ? sourceText(pdf, v) : undefined;
  };
  update += `trailer\n${pdfDict({
    Size: String(nextNum),
    Root: keep('Root'),
    Info: keep('Info'),
    ID: keep('ID'),
    Prev: String(startxref),
  })}\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf);
  out.set(Buffer.from(update, 'latin1'), pdf.length);
  return out;
}
