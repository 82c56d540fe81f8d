import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** Microsoft's published add-in manifest schemas, kept in the repository so that validation is offline. */
export const SCHEMAS = join(__dirname, '..', 'manifest', 'schemas');
export const ENTRY_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** Validates a manifest against the schemas: the entry schema, with the ones it imports preloaded by file name. */
export function validateManifest(manifest: string) {
  const xsd = (fileName: string) => ({ fileName, contents: readFileSync(join(SCHEMAS, fileName), 'utf8') });
  const imported = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd') && f !== ENTRY_SCHEMA);
  return validateXML({ xml: [{ fileName: 'manifest.xml', contents: manifest }], schema: [xsd(ENTRY_SCHEMA)], preload: imported.map(xsd) });
}
