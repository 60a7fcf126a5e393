import { schemaFileName, standaloneStrict } from './generate-schemas';

describe('kubeconform schemas from the Kubernetes OpenAPI document', () => {
  it('names files as kubeconform looks them up: kind, first part of the group, version', () => {
    expect(schemaFileName({ group: 'apps', version: 'v1', kind: 'Deployment' })).toBe('deployment-apps-v1.json');
    expect(schemaFileName({ group: 'networking.k8s.io', version: 'v1', kind: 'NetworkPolicy' })).toBe('networkpolicy-networking-v1.json');
    expect(schemaFileName({ group: '', version: 'v1', kind: 'ConfigMap' })).toBe('configmap-v1.json');
  });

  it('inlines references, refuses unknown fields, and takes int-or-string and quantities as written', () => {
    const definitions = {
      Probe: { type: 'object', description: 'dropped', properties: { port: { $ref: '#/definitions/IntOrString' } } },
      IntOrString: { type: 'string', format: 'int-or-string' },
      Quantity: { type: 'string', description: 'Quantity is a fixed-point representation of a number.' },
    };
    const root = {
      type: 'object',
      properties: {
        probe: { $ref: '#/definitions/Probe' },
        limits: { type: 'object', additionalProperties: { $ref: '#/definitions/Quantity' } },
      },
    };
    expect(standaloneStrict(root, definitions)).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        probe: { type: 'object', additionalProperties: false, properties: { port: { oneOf: [{ type: 'string' }, { type: 'integer' }] } } },
        limits: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } },
      },
    });
  });

  it('names a reference it cannot resolve', () => {
    expect(() => standaloneStrict({ $ref: '#/definitions/Missing' }, {})).toThrow('unknown $ref #/definitions/Missing');
  });
});
