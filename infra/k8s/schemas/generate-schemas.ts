/**
 * Writes the JSON Schemas kubeconform needs for the kinds our chart renders, in its
 * "standalone strict" layout (one file per kind, every $ref inlined, no unknown fields),
 * from a Kubernetes OpenAPI v2 document. Run once when the chart uses a new kind:
 *   node -r @swc-node/register infra/k8s/schemas/generate-schemas.ts <swagger.json>
 * Our source: the document shipped in the Go module k8s.io/cli-runtime (artifacts/openapi/
 * swagger.json), which the helm build downloads anyway (infra/k8s/schemas/README.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The kinds infra/k8s/dondoc renders; the spec fails on any other (no schema: no file). */
const KINDS = [
  'io.k8s.api.apps.v1.Deployment',
  'io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler',
  'io.k8s.api.core.v1.ConfigMap',
  'io.k8s.api.core.v1.Service',
  'io.k8s.api.core.v1.ServiceAccount',
  'io.k8s.api.policy.v1.PodDisruptionBudget',
];

type Schema = { [key: string]: unknown };
type GroupVersionKind = { group: string; version: string; kind: string };

const REF_PREFIX = '#/definitions/';
const MAX_DEPTH = 64; // the core types are not recursive; this only guards a bad input

/** kubeconform's file name: <kind>[-<first part of the group>]-<version>.json, lower case. */
export function schemaFileName({ group, version, kind }: GroupVersionKind): string {
  const suffix = group ? `-${group.split('.')[0]}-${version}` : `-${version}`;
  return `${kind}${suffix}.json`.toLowerCase();
}

/** Inlines every $ref, forbids unknown fields, and gives the wire types of int-or-string and quantities. */
export function standaloneStrict(schema: Schema, definitions: Record<string, Schema>, depth = 0): Schema {
  if (depth > MAX_DEPTH) throw new Error('schema too deep: a recursive definition?');
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const target = definitions[ref.slice(REF_PREFIX.length)];
    if (!ref.startsWith(REF_PREFIX) || !target) throw new Error(`unknown $ref ${ref}`);
    return standaloneStrict(target, definitions, depth + 1);
  }
  if (schema.format === 'int-or-string') return { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  if (schema.format === 'quantity' || isQuantity(schema)) return { oneOf: [{ type: 'string' }, { type: 'number' }] };
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' || key.startsWith('x-kubernetes-')) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([name, property]) => [
          name,
          standaloneStrict(property, definitions, depth + 1),
        ]),
      );
    } else if ((key === 'items' || key === 'additionalProperties') && typeof value === 'object' && value !== null) {
      out[key] = standaloneStrict(value as Schema, definitions, depth + 1);
    } else {
      out[key] = value;
    }
  }
  if (out.properties && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}

// Quantity is a plain string in the v2 document; manifests also write it as a number.
function isQuantity(schema: Schema): boolean {
  return schema.type === 'string' && typeof schema.description === 'string' && schema.description.startsWith('Quantity is a fixed-point');
}

/** The Go module that ships the OpenAPI document, at the version helm v3.21.4 builds with. */
export const SOURCE_MODULE = 'k8s.io/cli-runtime@v0.36.2';
export const SOURCE_FILE = 'artifacts/openapi/swagger.json';

/** Writes one schema file per kind of KINDS into outDir; returns the file names. */
export function writeSchemas(swaggerPath: string, outDir: string = __dirname): string[] {
  const swagger = JSON.parse(readFileSync(swaggerPath, 'utf8')) as { definitions: Record<string, Schema> };
  const written: string[] = [];
  for (const name of KINDS) {
    const definition = swagger.definitions[name];
    if (!definition) throw new Error(`${name} is not in ${swaggerPath}`);
    const [gvk] = definition['x-kubernetes-group-version-kind'] as GroupVersionKind[];
    const schema = standaloneStrict(definition, swagger.definitions);
    const properties = schema.properties as Record<string, Schema>;
    properties.apiVersion = { type: 'string', enum: [gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version] };
    properties.kind = { type: 'string', enum: [gvk.kind] };
    const file = path.join(outDir, schemaFileName(gvk));
    writeFileSync(file, `${JSON.stringify({ $schema: 'http://json-schema.org/schema#', ...schema })}\n`);
    written.push(schemaFileName(gvk));
  }
  return written;
}

if (require.main === module) {
  const input = process.argv[2];
  if (!input) {
    console.error('usage: generate-schemas.ts <kubernetes swagger.json>');
    process.exit(64);
  }
  for (const file of writeSchemas(input)) console.log(`wrote infra/k8s/schemas/${file}`);
}
