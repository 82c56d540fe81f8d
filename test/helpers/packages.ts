/**
 * Packages compared part by part, and sheets cell by cell: what a patch must leave as it was, it must leave
 * byte for byte. Also the parts a real workbook carries that ExcelJS does not model — a chart, a custom
 * property, an internal hyperlink, sheet protection with a password, an Office add-in's parts, macros —
 * added to a workbook with the zip library, as Excel and WPS would store them.
 */
import JSZip from 'jszip';

export async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('nodebuffer'));
  return out;
}

/** The `<c>` elements of a sheet part by reference, and the part with them taken out (its skeleton). */
export function cellsOf(xml: string): { cells: Map<string, string>; skeleton: string } {
  const cells = new Map<string, string>();
  const re = /<(?:\w+:)?c\s[^>]*?\br="([A-Z]+[0-9]+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
  for (const m of xml.matchAll(re)) cells.set(m[1], m[0]);
  const skeleton = xml
    .replace(re, '')
    .replace(/\sspans="[^"]*"/g, '') // a row's span hint may widen to take in a written cell
    .replace(/<(\w+:)?dimension [^>]*\/>/, '') // as may the sheet's used range
    .replace(/<(\w+:)?row r="\d+"><\/(\w+:)?row>/g, ''); // and a written cell may need a row of its own
  return { cells, skeleton };
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async('string')) ?? '';
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  return rels ? rels.replace('</Relationships>', `${rel}</Relationships>`) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`;
}

function addOverride(types: string, part: string, type: string): string {
  return types.replace('</Types>', `<Override PartName="${part}" ContentType="${type}"/></Types>`);
}

/** Inserts `element` into a worksheet before the first of `before` it holds (CT_Worksheet's order), else before its end. */
function insertBefore(sheet: string, element: string, before: string[]): string {
  for (const name of before) {
    const at = sheet.search(new RegExp(`<(\\w+:)?${name}[\\s/>]`));
    if (at >= 0) return sheet.slice(0, at) + element + sheet.slice(at);
  }
  return sheet.replace(/<\/(\w+:)?worksheet>\s*$/, (end) => element + end);
}

export interface Decorations {
  /** Sheet parts to protect with a password (sheets the write does not touch, or whose targets are unlocked). */
  protect: string[];
  macros: boolean;
}

/** The workbook with a chart, a custom property, an internal hyperlink, an add-in's parts, protection and (optionally) macros. */
export async function decorate(bytes: Uint8Array, how: Decorations): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let types = await text(zip, '[Content_Types].xml');
  let rootRels = await text(zip, '_rels/.rels');
  const workbook = await text(zip, 'xl/workbook.xml');
  const firstSheet = /<sheet [^>]*name="([^"]*)"/.exec(workbook)![1];
  const sheetPath = 'xl/worksheets/sheet1.xml';

  // The WPS pane's settings: a custom document property.
  zip.file('docProps/custom.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="jixiao.settings"><vt:lpwstr>{"profile":"mof-2020","writeFormulas":true}</vt:lpwstr></property></Properties>`);
  rootRels = addRelationship(rootRels, 'rIdJxCustom', `${REL}/custom-properties`, 'docProps/custom.xml');
  types = addOverride(types, '/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml');

  // The Excel pane's parts: a task pane web extension with its settings.
  zip.file('xl/webextensions/webextension1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6E6B3F2A-1C1B-4B0E-9E7A-2F4B1C0D5A11}"><we:reference id="wa200000000" version="1.0.0.0" store="omex" storeType="OMEX"/><we:alternateReferences/><we:properties><we:property name="jixiao.settings" value="&quot;{\\&quot;profile\\&quot;:\\&quot;auto\\&quot;}&quot;"/></we:properties><we:bindings/><we:snapshot xmlns:r="${REL}"/></we:webextension>`);
  zip.file('xl/webextensions/taskpanes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="4"><wetp:webextensionref xmlns:r="${REL}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`);
  zip.file('xl/webextensions/_rels/taskpanes.xml.rels', addRelationship('', 'rId1', 'http://schemas.microsoft.com/office/2011/relationships/webextension', 'webextension1.xml'));
  rootRels = addRelationship(rootRels, 'rIdJxPanes', 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes', 'xl/webextensions/taskpanes.xml');
  types = addOverride(types, '/xl/webextensions/taskpanes.xml', 'application/vnd.ms-office.webextensiontaskpanes+xml');
  types = addOverride(types, '/xl/webextensions/webextension1.xml', 'application/vnd.ms-office.webextension+xml');

  // A chart on the first sheet, in a drawing of its own.
  zip.file('xl/charts/chart1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${firstSheet}'!$H$6:$H$9</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`);
  zip.file('xl/drawings/drawing1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`);
  zip.file('xl/drawings/_rels/drawing1.xml.rels', addRelationship('', 'rId1', `${REL}/chart`, '../charts/chart1.xml'));
  types = addOverride(types, '/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  types = addOverride(types, '/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
  const sheetRelsPath = 'xl/worksheets/_rels/sheet1.xml.rels';
  zip.file(sheetRelsPath, addRelationship(await text(zip, sheetRelsPath), 'rIdJxDrawing', `${REL}/drawing`, '../drawings/drawing1.xml'));
  let sheet = await text(zip, sheetPath);
  if (!/xmlns:r=/.test(sheet.slice(0, sheet.indexOf('>', sheet.indexOf('<worksheet'))))) sheet = sheet.replace(/<worksheet /, `<worksheet xmlns:r="${REL}" `);
  sheet = insertBefore(sheet, '<drawing r:id="rIdJxDrawing"/>', ['legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);
  // An internal hyperlink on a cell no edit touches.
  sheet = insertBefore(sheet, `<hyperlinks><hyperlink ref="A2" location="'${firstSheet}'!A1" display="回到表头"/></hyperlinks>`, ['printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing']);
  zip.file(sheetPath, sheet);

  // Sheet protection with a password (its legacy hash), right after sheetData (or sheetCalcPr).
  for (const path of how.protect) {
    const xml = await text(zip, path);
    zip.file(path, xml.replace(/(<\/(\w+:)?sheetData>|<(\w+:)?sheetData\/>)(<(\w+:)?sheetCalcPr[^>]*\/>)?/, (m) => `${m}<sheetProtection password="CA9C" sheet="1" objects="1" scenarios="1"/>`));
  }

  if (how.macros) {
    zip.file('xl/vbaProject.bin', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256)), { compression: 'STORE' });
    const rels = 'xl/_rels/workbook.xml.rels';
    zip.file(rels, addRelationship(await text(zip, rels), 'rIdJxVba', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin'));
    types = types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    types = types.replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  }
  zip.file('_rels/.rels', rootRels);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
