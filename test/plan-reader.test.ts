/** The plan reader on small documents built here: links through configuration, unknowns, places. */
import { adapt } from '../src/adapt/adapt.js';
import { REGISTRY_SETTINGS } from '../src/adapt/acr-model.js';
import { readPlanDocument } from '../src/frontends/plan/read-plan.js';
import { instanceKeyText } from '../src/model/address.js';
import type { Resource } from '../src/model/graph.js';
import { toPlain } from '../src/model/value.js';

const registryAfter = { name: 'acr', sku: 'Premium', public_network_access_enabled: false, network_rule_bypass_option: 'None' };

function plan(changes: object[], rootModule: object): string {
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', resource_changes: changes, configuration: { root_module: rootModule } }, null, 2);
}

/** A resource change as Terraform writes it, with `module_address` for a resource in a module. */
function change(address: string, after: object | null, afterUnknown: object | true = {}, actions = ['create']): object {
  const parts = address.split('.');
  const name = parts[parts.length - 1]!.replace(/\[.*$/, '');
  const type = parts[parts.length - 2]!;
  const key = /\[(.*)\]$/.exec(address)?.[1];
  const index = key === undefined ? {} : { index: JSON.parse(key) as string | number };
  const moduleEnd = address.lastIndexOf(`.${type}.${name}`);
  const module = moduleEnd > 0 ? { module_address: address.slice(0, moduleEnd) } : {};
  return { address, ...module, mode: 'managed', type, name, ...index, change: { actions, before: null, after, after_unknown: afterUnknown } };
}

/** A cache rule block with for_each over the registries `azurerm_container_registry.env`, each linked to its own. */
const RULES_FOR_EACH_REGISTRY = {
  resources: [
    {
      address: 'azurerm_container_registry_cache_rule.r',
      mode: 'managed',
      type: 'azurerm_container_registry_cache_rule',
      name: 'r',
      for_each_expression: { references: ['azurerm_container_registry.env'] },
      expressions: { container_registry_id: { references: ['each.value.id', 'each.value'] } },
    },
  ],
};

function byAddress(resources: Resource[], address: string): Resource {
  const r = resources.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address}`);
  return r;
}

describe('plan reader', () => {
  it('keeps after_unknown values unknown and links them through configuration references', () => {
    const text = plan(
      [change('azurerm_container_registry.acr', registryAfter, { id: true }), change('azurerm_container_registry_cache_rule.r', { name: 'r', source_repo: 'ghcr.io/a/b' }, { container_registry_id: true, id: true })],
      {
        resources: [
          { address: 'azurerm_container_registry.acr', mode: 'managed', type: 'azurerm_container_registry', name: 'acr', expressions: {} },
          {
            address: 'azurerm_container_registry_cache_rule.r',
            mode: 'managed',
            type: 'azurerm_container_registry_cache_rule',
            name: 'r',
            expressions: { container_registry_id: { references: ['azurerm_container_registry.acr.id', 'azurerm_container_registry.acr'] } },
          },
        ],
      },
    );
    const { resources, diagnostics } = readPlanDocument(text, 'plan.json');
    expect(diagnostics).toEqual([]);
    const link = byAddress(resources, 'azurerm_container_registry_cache_rule.r').attributes.get('container_registry_id')!;
    expect(link.known).toBe(false);
    expect(link.refs).toEqual(['azurerm_container_registry.acr']);
    // Placed on its "address" line in resource_changes.
    const header = byAddress(resources, 'azurerm_container_registry.acr').headerSpan!;
    expect(text.split('\n')[header.start.line - 1]).toContain('"address": "azurerm_container_registry.acr"');
    expect(header.start.line).toBeLessThan(text.split('\n').findIndex((l) => l.includes('"configuration"')) + 1);
  });

  it('places a resource on its resource_changes entry, though planned_values names it first', () => {
    const acr = change('azurerm_container_registry.acr', registryAfter, { id: true });
    const text = JSON.stringify(
      {
        format_version: '1.2',
        planned_values: { root_module: { resources: [{ address: 'azurerm_container_registry.acr', mode: 'managed', type: 'azurerm_container_registry', name: 'acr', values: registryAfter }] } },
        resource_changes: [acr],
        configuration: { root_module: {} },
      },
      null,
      2,
    );
    const header = byAddress(readPlanDocument(text, 'plan.json').resources, 'azurerm_container_registry.acr').headerSpan!;
    const lines = text.split('\n');
    expect(lines[header.start.line - 1]).toContain('"address": "azurerm_container_registry.acr"');
    expect(header.start.line).toBeGreaterThan(lines.findIndex((l) => l.includes('"resource_changes"')) + 1);
  });

  it('places a resource of a state, which has no resource_changes, on its values entry', () => {
    const text = JSON.stringify({ format_version: '1.0', values: { root_module: { resources: [{ address: 'azurerm_container_registry.acr', mode: 'managed', type: 'azurerm_container_registry', name: 'acr', values: registryAfter }] } } }, null, 2);
    const header = byAddress(readPlanDocument(text, 'state.json').resources, 'azurerm_container_registry.acr').headerSpan!;
    expect(text.split('\n')[header.start.line - 1]).toContain('"address": "azurerm_container_registry.acr"');
  });

  it('follows var.* through module calls and module outputs, keeping instance keys', () => {
    const text = plan(
      [
        change('module.reg["a"].azurerm_container_registry.this', registryAfter, { id: true }),
        change('module.reg["a"].module.rule["x"].azapi_resource.this', { type: 'Microsoft.ContainerRegistry/registries/cacheRules@2025-11-01', body: { properties: { sourceRepository: 'mcr.microsoft.com/a' } } }, { parent_id: true }),
        change('azurerm_container_registry_cache_rule.root', { name: 'root' }, { container_registry_id: true }),
      ],
      {
        resources: [{ address: 'azurerm_container_registry_cache_rule.root', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'root', expressions: { container_registry_id: { references: ['module.reg["a"].registry_id', 'module.reg["a"]'] } } }],
        module_calls: {
          reg: {
            source: './registry',
            for_each_expression: { references: ['var.names'] },
            module: {
              resources: [{ address: 'azurerm_container_registry.this', mode: 'managed', type: 'azurerm_container_registry', name: 'this', expressions: {} }],
              outputs: { registry_id: { expression: { references: ['azurerm_container_registry.this.id', 'azurerm_container_registry.this'] } } },
              module_calls: {
                rule: {
                  source: './rule',
                  expressions: { parent_id: { references: ['azurerm_container_registry.this.id', 'azurerm_container_registry.this'] } },
                  module: { resources: [{ address: 'azapi_resource.this', mode: 'managed', type: 'azapi_resource', name: 'this', expressions: { parent_id: { references: ['var.parent_id'] } } }] },
                },
              },
            },
          },
        },
      },
    );
    const { resources } = readPlanDocument(text, 'plan.json');
    expect(byAddress(resources, 'module.reg["a"].module.rule["x"].azapi_resource.this').attributes.get('parent_id')?.refs).toEqual(['module.reg["a"].azurerm_container_registry.this']);
    expect(byAddress(resources, 'azurerm_container_registry_cache_rule.root').attributes.get('container_registry_id')?.refs).toEqual(['module.reg["a"].azurerm_container_registry.this']);
  });

  it("finds a resource's module instance from its address where module_address is absent or disagrees", () => {
    const rule = (key: string, moduleAddress: string | undefined) => {
      const c = change(`module.reg["${key}"].azurerm_container_registry_cache_rule.r`, { name: 'r' }, { container_registry_id: true }) as Record<string, unknown>;
      if (moduleAddress === undefined) delete c['module_address'];
      else c['module_address'] = moduleAddress;
      return c;
    };
    const text = plan([rule('a', 'module.reg["a"]'), rule('b', 'module.reg["a"]'), rule('c', undefined), rule('d', 'module.reg["d"]')], {
      module_calls: {
        reg: {
          source: './registry',
          for_each_expression: { references: ['var.names'] },
          module: { resources: [{ address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', expressions: { container_registry_id: { references: ['azurerm_container_registry.this.id', 'azurerm_container_registry.this'] } } }] },
        },
      },
    });
    const { resources } = readPlanDocument(text, 'plan.json');
    for (const key of ['a', 'b', 'c', 'd']) {
      expect(byAddress(resources, `module.reg["${key}"].azurerm_container_registry_cache_rule.r`).attributes.get('container_registry_id')?.refs).toEqual([`module.reg["${key}"].azurerm_container_registry.this`]);
    }
  });

  it('links each.value in the arguments of a module call to the same-keyed instance of the resource its for_each names', () => {
    // module "cache" { for_each = azurerm_container_registry.env; registry_id = each.value.id }, and the same over a variable.
    const ruleIn = (module: string) => change(`${module}.azurerm_container_registry_cache_rule.r`, { name: 'r' }, { container_registry_id: true });
    const cacheModule = { resources: [{ address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', expressions: { container_registry_id: { references: ['var.registry_id'] } } }] };
    const text = plan([ruleIn('module.cache["prod"]'), ruleIn('module.cache["dev"]'), ruleIn('module.by_var["prod"]')], {
      resources: [{ address: 'azurerm_container_registry.env', mode: 'managed', type: 'azurerm_container_registry', name: 'env', for_each_expression: { references: ['var.envs'] }, expressions: {} }],
      module_calls: {
        cache: { source: './cache', for_each_expression: { references: ['azurerm_container_registry.env'] }, expressions: { registry_id: { references: ['each.value.id', 'each.value'] } }, module: cacheModule },
        by_var: { source: './cache', for_each_expression: { references: ['var.registries'] }, expressions: { registry_id: { references: ['each.value.id', 'each.value'] } }, module: cacheModule },
      },
    });
    const { resources, diagnostics } = readPlanDocument(text, 'plan.json');
    expect(diagnostics).toEqual([]);
    const refs = (module: string) => byAddress(resources, `${module}.azurerm_container_registry_cache_rule.r`).attributes.get('container_registry_id')?.refs;
    expect(refs('module.cache["prod"]')).toEqual(['azurerm_container_registry.env["prod"]']);
    expect(refs('module.cache["dev"]')).toEqual(['azurerm_container_registry.env["dev"]']);
    // A map in a variable holds values, not references: nothing is linked rather than guessed.
    expect(refs('module.by_var["prod"]')).toBeUndefined();
  });

  it('links each.value.<output> to the same-keyed instance of the module call for_each iterates', () => {
    // module "acr" { for_each = ... }, then resource "…cache_rule" "r" { for_each = module.acr; container_registry_id = each.value.resource_id },
    // and the same through a module call: module "cache" { for_each = module.acr; registry_id = each.value.resource_id }.
    const acrModule = {
      resources: [{ address: 'azurerm_container_registry.this', mode: 'managed', type: 'azurerm_container_registry', name: 'this', expressions: {} }],
      outputs: { resource_id: { expression: { references: ['azurerm_container_registry.this.id', 'azurerm_container_registry.this'] } } },
    };
    const ruleConfig = (references: string[], forEach?: string[]) => ({
      address: 'azurerm_container_registry_cache_rule.r',
      mode: 'managed',
      type: 'azurerm_container_registry_cache_rule',
      name: 'r',
      ...(forEach ? { for_each_expression: { references: forEach } } : {}),
      expressions: { container_registry_id: { references } },
    });
    const rule = (address: string) => change(address, { name: 'r' }, { container_registry_id: true });
    const text = plan([rule('azurerm_container_registry_cache_rule.r["prod"]'), rule('azurerm_container_registry_cache_rule.r["dev"]'), rule('module.cache["dev"].azurerm_container_registry_cache_rule.r')], {
      resources: [ruleConfig(['each.value.resource_id', 'each.value'], ['module.acr'])],
      module_calls: {
        acr: { source: './acr', for_each_expression: { references: ['var.registries'] }, module: acrModule },
        cache: { source: './cache', for_each_expression: { references: ['module.acr'] }, expressions: { registry_id: { references: ['each.value.resource_id', 'each.value'] } }, module: { resources: [ruleConfig(['var.registry_id'])] } },
      },
    });
    const { resources, diagnostics } = readPlanDocument(text, 'plan.json');
    expect(diagnostics).toEqual([]);
    const refs = (address: string) => byAddress(resources, address).attributes.get('container_registry_id')?.refs;
    expect(refs('azurerm_container_registry_cache_rule.r["prod"]')).toEqual(['module.acr["prod"].azurerm_container_registry.this']);
    expect(refs('azurerm_container_registry_cache_rule.r["dev"]')).toEqual(['module.acr["dev"].azurerm_container_registry.this']);
    expect(refs('module.cache["dev"].azurerm_container_registry_cache_rule.r')).toEqual(['module.acr["dev"].azurerm_container_registry.this']);
  });

  it("reads a resource's module from its address when its name is not plain, whatever was read before it", () => {
    // The name "s[0]" parses as s with the key 0: the module found for module.a's first resource must not hand back "…cache_rule.s[0]".
    const ruleConfig = (name: string) => ({ address: `azurerm_container_registry_cache_rule.${name}`, mode: 'managed', type: 'azurerm_container_registry_cache_rule', name, expressions: { container_registry_id: { references: ['azurerm_container_registry.this.id', 'azurerm_container_registry.this'] } } });
    const odd = { ...(change('module.a.azurerm_container_registry_cache_rule.s[0]', { name: 's' }, { container_registry_id: true }) as Record<string, unknown>), name: 's[0]' };
    // An address that goes on after its key: type, name and index do not spell it, so it is parsed (to `…cache_rule.s.x`, which has no configuration).
    const longer = { ...(change('module.a.azurerm_container_registry_cache_rule.s', { name: 's' }, { container_registry_id: true }) as Record<string, unknown>), address: 'module.a.azurerm_container_registry_cache_rule.s["k"].x', index: 'k' };
    const plain = change('module.a.azurerm_container_registry_cache_rule.r', { name: 'r' }, { container_registry_id: true });
    for (const changes of [[odd, longer], [plain, odd, longer]]) {
      const { resources } = readPlanDocument(plan(changes, { module_calls: { a: { source: './a', module: { resources: [ruleConfig('r'), ruleConfig('s')] } } } }), 'plan.json');
      expect(byAddress(resources, 'module.a.azurerm_container_registry_cache_rule.s[0]').attributes.get('container_registry_id')?.refs).toEqual(['module.a.azurerm_container_registry.this']);
      expect(byAddress(resources, 'module.a.azurerm_container_registry_cache_rule.s["k"].x').attributes.get('container_registry_id')?.refs).toBeUndefined();
    }
  });

  it('resolves an expression with each.key once for all instances when each.value names nothing', () => {
    const keys = ['a', 'b', 'c'];
    const text = plan(
      keys.map((k) => change(`azurerm_container_registry_cache_rule.r["${k}"]`, { name: 'r' }, { container_registry_id: true })),
      { resources: [{ address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', for_each_expression: { references: ['var.names'] }, expressions: { container_registry_id: { references: ['each.key', 'azurerm_container_registry.z0', 'azurerm_container_registry.z1'] } } }] },
    );
    const { resources } = readPlanDocument(text, 'plan.json');
    const [first, ...others] = keys.map((k) => byAddress(resources, `azurerm_container_registry_cache_rule.r["${k}"]`).attributes.get('container_registry_id')?.refs);
    expect(first).toEqual(['azurerm_container_registry.z0', 'azurerm_container_registry.z1']);
    // One list, shared: n instances of an expression naming n resources would otherwise cost n × n.
    for (const refs of others) expect(refs).toBe(first);
  });

  it('links nothing through an expression that reaches more than 256 resources, and says so', () => {
    // c0 passes the root registry's id; c_i passes module.c(i-1).id; each module adds its own registry to the output: c_i reaches i + 2.
    const module = {
      resources: [{ address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', expressions: { container_registry_id: { references: ['var.id'] } } }],
      outputs: { id: { expression: { references: ['var.id', 'azurerm_container_registry.own.id', 'azurerm_container_registry.own'] } } },
    };
    const calls: Record<string, object> = {};
    for (let i = 0; i < 300; i++) calls[`c${i}`] = { source: './m', expressions: { id: { references: [i === 0 ? 'azurerm_container_registry.root.id' : `module.c${i - 1}.id`] } }, module };
    const rule = (i: number) => change(`module.c${i}.azurerm_container_registry_cache_rule.r`, { name: 'r' }, { container_registry_id: true });
    const { resources, diagnostics } = readPlanDocument(plan([rule(10), rule(299)], { module_calls: calls }), 'plan.json');
    const refs = (i: number) => byAddress(resources, `module.c${i}.azurerm_container_registry_cache_rule.r`).attributes.get('container_registry_id')?.refs;
    expect(refs(10)).toHaveLength(11);
    expect(refs(299)).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/reaches more than 256 resources/) })]);
  });

  it('follows references into at most 100,000 module instances, and then links nothing through the others, saying so', () => {
    // Each level's output reads six instances of the level below: 6^8 instance paths from 2 KB of configuration. A rule read
    // after them, naming a module instance not met yet and a registry, links to neither rather than to the registry alone.
    let module: object = { outputs: { o: { expression: { references: ['azurerm_container_registry.leaf'] } } } };
    for (let level = 0; level < 8; level++) {
      module = { module_calls: { m: { source: './m', module } }, outputs: { o: { expression: { references: [0, 1, 2, 3, 4, 5].map((j) => `module.m[${j}].o`) } } } };
    }
    const ruleConfig = (name: string, references: string[]) => ({ address: `azurerm_container_registry_cache_rule.${name}`, mode: 'managed', type: 'azurerm_container_registry_cache_rule', name, expressions: { container_registry_id: { references } } });
    const acr = { outputs: { id: { expression: { references: ['azurerm_container_registry.this.id', 'azurerm_container_registry.this'] } } } };
    const { resources, diagnostics } = readPlanDocument(
      plan(
        ['r', 'late'].map((name) => change(`azurerm_container_registry_cache_rule.${name}`, { name }, { container_registry_id: true })),
        { resources: [ruleConfig('r', ['module.m[0].o']), ruleConfig('late', ['module.acr.id', 'azurerm_container_registry.fallback.id'])], module_calls: { m: { source: './m', module }, acr: { source: './acr', module: acr } } },
      ),
      'plan.json',
    );
    expect(byAddress(resources, 'azurerm_container_registry_cache_rule.r').attributes.get('container_registry_id')?.refs).toBeUndefined();
    expect(byAddress(resources, 'azurerm_container_registry_cache_rule.late').attributes.get('container_registry_id')?.refs).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/past the first 100,000/) })]);
  });

  it('links each.value to the same-keyed instance of the resource for_each iterates', () => {
    const text = plan(
      [
        change('azurerm_container_registry.env["prod"]', registryAfter, { id: true }),
        change('azurerm_container_registry.env["dev"]', registryAfter, { id: true }),
        change('azurerm_container_registry_cache_rule.r["prod"]', { name: 'r' }, { container_registry_id: true }),
        change('azurerm_container_registry_cache_rule.r["dev"]', { name: 'r' }, { container_registry_id: true }),
      ],
      RULES_FOR_EACH_REGISTRY,
    );
    const { resources } = readPlanDocument(text, 'plan.json');
    expect(byAddress(resources, 'azurerm_container_registry_cache_rule.r["prod"]').attributes.get('container_registry_id')?.refs).toEqual(['azurerm_container_registry.env["prod"]']);
    // The same expression in another instance: each.value is per instance, never shared.
    expect(byAddress(resources, 'azurerm_container_registry_cache_rule.r["dev"]').attributes.get('container_registry_id')?.refs).toEqual(['azurerm_container_registry.env["dev"]']);
  });

  it('resolves what a call passes once for all its instances, and each instance\'s own resources under its key', () => {
    const rule = (key: string) => change(`module.reg["${key}"].azurerm_container_registry_cache_rule.r`, { name: 'r' }, { container_registry_id: true, credential_set_id: true });
    const text = plan([change('azurerm_container_registry_credential_set.shared', { name: 'c' }, { id: true }), rule('a'), rule('b')], {
      resources: [{ address: 'azurerm_container_registry_credential_set.shared', mode: 'managed', type: 'azurerm_container_registry_credential_set', name: 'shared', expressions: {} }],
      module_calls: {
        reg: {
          source: './registry',
          for_each_expression: { constant_value: ['a', 'b'] },
          expressions: { credential_set_id: { references: ['azurerm_container_registry_credential_set.shared.id', 'azurerm_container_registry_credential_set.shared'] } },
          module: {
            resources: [
              {
                address: 'azurerm_container_registry_cache_rule.r',
                mode: 'managed',
                type: 'azurerm_container_registry_cache_rule',
                name: 'r',
                expressions: { container_registry_id: { references: ['azurerm_container_registry.this.id', 'azurerm_container_registry.this'] }, credential_set_id: { references: ['var.credential_set_id'] } },
              },
            ],
          },
        },
      },
    });
    const { resources } = readPlanDocument(text, 'plan.json');
    for (const key of ['a', 'b']) {
      const attributes = byAddress(resources, `module.reg["${key}"].azurerm_container_registry_cache_rule.r`).attributes;
      expect(attributes.get('container_registry_id')?.refs).toEqual([`module.reg["${key}"].azurerm_container_registry.this`]);
      expect(attributes.get('credential_set_id')?.refs).toEqual(['azurerm_container_registry_credential_set.shared']);
    }
  });

  it('stops following a cycle of module outputs and arguments in a damaged configuration', () => {
    // The call passes the module's own output back in as its argument: Terraform refuses this, a damaged document may hold it.
    const text = plan([change('module.m.azurerm_container_registry_cache_rule.r', { name: 'r' }, { container_registry_id: true })], {
      module_calls: {
        m: {
          source: './m',
          expressions: { x: { references: ['module.m.out', 'module.m'] } },
          module: {
            outputs: { out: { expression: { references: ['var.x'] } } },
            resources: [{ address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', expressions: { container_registry_id: { references: ['var.x'] } } }],
          },
        },
      },
    });
    const { resources, diagnostics } = readPlanDocument(text, 'plan.json');
    expect(diagnostics).toEqual([]);
    expect(byAddress(resources, 'module.m.azurerm_container_registry_cache_rule.r').attributes.get('container_registry_id')?.refs).toBeUndefined();
  });

  it('finds what a cycle leads to outside it, whichever resource is read first', () => {
    // module.a's output o reads var.v1, which the call sets to module.a.o again (a cycle), and var.v2, which leads to module.b.
    const rule = (address: string) => change(address, { name: 'r' }, { container_registry_id: true });
    const ruleConfig = (references: string[]) => ({ address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', expressions: { container_registry_id: { references } } });
    const rootModule = {
      resources: [ruleConfig(['module.a.o'])],
      module_calls: {
        a: { source: './a', expressions: { v1: { references: ['module.a.o', 'module.a'] }, v2: { references: ['module.b.o2', 'module.b'] } }, module: { outputs: { o: { expression: { references: ['var.v1', 'var.v2'] } } }, resources: [ruleConfig(['var.v2'])] } },
        b: { source: './b', module: { outputs: { o2: { expression: { references: ['azurerm_container_registry.leaf.id', 'azurerm_container_registry.leaf'] } } } } },
      },
    };
    for (const order of [['azurerm_container_registry_cache_rule.r', 'module.a.azurerm_container_registry_cache_rule.r'], ['module.a.azurerm_container_registry_cache_rule.r', 'azurerm_container_registry_cache_rule.r']]) {
      const { resources, diagnostics } = readPlanDocument(plan(order.map(rule), rootModule), 'plan.json');
      expect(diagnostics).toEqual([]);
      for (const address of order) expect(byAddress(resources, address).attributes.get('container_registry_id')?.refs).toEqual(['module.b.azurerm_container_registry.leaf']);
    }
  });

  it('follows a chain of module arguments to its end, whichever resource is read first', () => {
    // c0 passes the registry's id to its module; c1 passes module.c0's output on, and so on: 2 hops a call.
    const module = {
      resources: [{ address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', expressions: { container_registry_id: { references: ['var.id'] } } }],
      outputs: { id: { expression: { references: ['var.id'] } } },
    };
    const chain = (length: number) => {
      const calls: Record<string, object> = {};
      for (let i = 0; i < length; i++) calls[`c${i}`] = { source: './m', expressions: { id: { references: [i === 0 ? 'azurerm_container_registry.acr.id' : `module.c${i - 1}.id`] } }, module };
      return calls;
    };
    const rule = (i: number) => change(`module.c${i}.azurerm_container_registry_cache_rule.r`, { name: 'r' }, { container_registry_id: true });
    const refsOf = (calls: Record<string, object>, order: number[]) => {
      const { resources, diagnostics } = readPlanDocument(plan(order.map(rule), { module_calls: calls }), 'plan.json');
      expect(diagnostics).toEqual([]);
      return order.map((i) => byAddress(resources, `module.c${i}.azurerm_container_registry_cache_rule.r`).attributes.get('container_registry_id')?.refs);
    };
    const forty = chain(40);
    expect(refsOf(forty, [10, 39])).toEqual([['azurerm_container_registry.acr'], ['azurerm_container_registry.acr']]);
    expect(refsOf(forty, [39, 10])).toEqual([['azurerm_container_registry.acr'], ['azurerm_container_registry.acr']]);
    // 10,000 hops: a search that recursed once per hop would exhaust the stack and lose the document.
    expect(refsOf(chain(5_000), [4_999])).toEqual([['azurerm_container_registry.acr']]);
  });

  it('gives every expression of a cycle what any of them leads to, whichever resource is read first', () => {
    // Outputs o0..o4 of module.a each read all five variables; the call sets v_i to module.a.o_(i+1), and v2 also to the registry.
    const outputs = Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`o${i}`, { expression: { references: [0, 1, 2, 3, 4].map((j) => `var.v${j}`) } }]));
    const args = Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`v${i}`, { references: [`module.a.o${(i + 1) % 5}`, 'module.a', ...(i === 2 ? ['azurerm_container_registry.leaf.id', 'azurerm_container_registry.leaf'] : [])] }]));
    const ruleConfig = (name: string, references: string[]) => ({ address: `azurerm_container_registry_cache_rule.${name}`, mode: 'managed', type: 'azurerm_container_registry_cache_rule', name, expressions: { container_registry_id: { references } } });
    const rootModule = {
      resources: [ruleConfig('first', ['module.a.o0']), ruleConfig('fourth', ['module.a.o3'])],
      module_calls: { a: { source: './a', expressions: args, module: { outputs, resources: [ruleConfig('inner', ['var.v4'])] } } },
    };
    const addresses = ['azurerm_container_registry_cache_rule.first', 'azurerm_container_registry_cache_rule.fourth', 'module.a.azurerm_container_registry_cache_rule.inner'];
    for (const order of [addresses, [...addresses].reverse()]) {
      const { resources, diagnostics } = readPlanDocument(plan(order.map((address) => change(address, { name: 'r' }, { container_registry_id: true })), rootModule), 'plan.json');
      expect(diagnostics).toEqual([]);
      for (const address of order) expect(byAddress(resources, address).attributes.get('container_registry_id')?.refs).toEqual(['azurerm_container_registry.leaf']);
    }
  });

  it('resolves each.value for a keyed instance after an unkeyed instance of the same block was read', () => {
    const text = plan(
      [change('azurerm_container_registry_cache_rule.r', { name: 'r' }, { container_registry_id: true }), change('azurerm_container_registry_cache_rule.r["prod"]', { name: 'r' }, { container_registry_id: true })],
      RULES_FOR_EACH_REGISTRY,
    );
    const { resources } = readPlanDocument(text, 'plan.json');
    expect(byAddress(resources, 'azurerm_container_registry_cache_rule.r').attributes.get('container_registry_id')?.refs).toBeUndefined();
    expect(byAddress(resources, 'azurerm_container_registry_cache_rule.r["prod"]').attributes.get('container_registry_id')?.refs).toEqual(['azurerm_container_registry.env["prod"]']);
  });

  it('reads a resource 10,000 module calls deep, without linking it', () => {
    const address = `${'module.a.'.repeat(10_000)}azurerm_container_registry_cache_rule.r`;
    const { resources, diagnostics } = readPlanDocument(plan([change(address, { name: 'r' }, { container_registry_id: true })], {}), 'plan.json');
    expect(diagnostics).toEqual([]);
    expect(resources.map((r) => r.address)).toEqual([address]);
    expect(resources[0]!.attributes.get('container_registry_id')).toMatchObject({ known: false });
  });

  it('lists what an expression names once each, in the order first named', () => {
    const text = plan([change('azurerm_container_registry_cache_rule.r', { name: 'r' }, { container_registry_id: true })], {
      resources: [{ address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', expressions: { container_registry_id: { references: ['azurerm_b.x.id', 'azurerm_a.y', 'azurerm_b.x', 'local.z', 'azurerm_a.y.id'] } } }],
    });
    expect(byAddress(readPlanDocument(text, 'plan.json').resources, 'azurerm_container_registry_cache_rule.r').attributes.get('container_registry_id')?.refs).toEqual(['azurerm_b.x', 'azurerm_a.y']);
  });

  it('treats damaged references (not a list of strings) as none instead of failing', () => {
    const text = plan([change('azurerm_container_registry_cache_rule.r', { name: 'r' }, { container_registry_id: true })], {
      resources: [{ address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', expressions: { container_registry_id: { references: {} } } }],
    });
    const { resources, diagnostics } = readPlanDocument(text, 'plan.json');
    expect(diagnostics).toEqual([]);
    expect(byAddress(resources, 'azurerm_container_registry_cache_rule.r').attributes.get('container_registry_id')?.refs).toBeUndefined();
  });

  it('does not lint resources being destroyed, and lints the new object of a replacement', () => {
    const text = plan([change('azurerm_container_registry.gone', null, {}, ['delete']), change('azurerm_container_registry.swap', registryAfter, {}, ['delete', 'create'])], {});
    expect(readPlanDocument(text, 'plan.json').resources.map((r) => r.address)).toEqual(['azurerm_container_registry.swap']);
  });

  it('reads a state document (values) with every value known', () => {
    const text = JSON.stringify({ format_version: '1.0', values: { root_module: { resources: [{ address: 'azurerm_container_registry.acr', mode: 'managed', type: 'azurerm_container_registry', name: 'acr', values: { ...registryAfter, id: '/x/acr' } }] } } });
    const [registry] = readPlanDocument(text, 'state.json').resources;
    expect(toPlain(registry!.attributes.get('id')!)).toBe('/x/acr');
    expect(registry!.attributes.get('network_rule_bypass_option')?.origin.provenance).toEqual({ kind: 'plan', address: 'azurerm_container_registry.acr' });
  });

  it('reads the refreshed state of a refresh-only plan, which lists no changes and plans nothing', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      planned_values: { root_module: {} },
      prior_state: { format_version: '1.0', values: { root_module: { resources: [{ address: 'azurerm_container_registry.acr', mode: 'managed', type: 'azurerm_container_registry', name: 'acr', values: { ...registryAfter, id: '/x/acr' } }] } } },
      configuration: { root_module: {} },
    });
    const graph = readPlanDocument(text, 'refresh-only.json');
    expect(graph.diagnostics).toEqual([]);
    expect(graph.resources.map((r) => [r.address, toPlain(r.attributes.get('network_rule_bypass_option')!)])).toEqual([['azurerm_container_registry.acr', 'None']]);
  });

  it('lints neither a deposed object of a state nor its address as a duplicate', () => {
    const registry = (sku: string, deposed?: string): object => ({ address: 'azurerm_container_registry.acr', mode: 'managed', type: 'azurerm_container_registry', name: 'acr', ...(deposed ? { deposed_key: deposed } : {}), values: { ...registryAfter, sku } });
    const shown = readPlanDocument(JSON.stringify({ format_version: '1.0', values: { root_module: { resources: [registry('Premium'), registry('Basic', '00000001')] } } }), 'state.json');
    expect(shown.diagnostics).toEqual([]);
    expect(shown.resources.map((r) => toPlain(r.attributes.get('sku')!))).toEqual(['Premium']);
    const instances = [{ attributes: { sku: 'Basic' }, deposed: '00000001' }, { attributes: { sku: 'Premium' } }];
    const raw = readPlanDocument(JSON.stringify({ version: 4, lineage: 'x', resources: [{ mode: 'managed', type: 'azurerm_container_registry', name: 'acr', instances }] }), 'terraform.tfstate.json');
    expect(raw.diagnostics).toEqual([]);
    expect(raw.resources.map((r) => toPlain(r.attributes.get('sku')!))).toEqual(['Premium']);
  });

  it('places the instances of a raw state on their resource entry, which names no address, and anything else on the first line', () => {
    const entry = (module: string | undefined, name: string, key?: number): object => ({
      ...(module ? { module } : {}),
      mode: 'managed',
      type: 'azurerm_container_registry',
      name,
      instances: [{ ...(key === undefined ? {} : { index_key: key }), attributes: { sku: 'Premium' } }],
    });
    // The root resource is named like the module's: each instance lands on its own entry.
    const text = JSON.stringify({ version: 4, lineage: 'x', resources: [entry('module.reg["a"]', 'acr'), entry(undefined, 'acr', 0)] }, null, 2);
    const lines = text.split('\n');
    const graph = readPlanDocument(text, 'terraform.tfstate.json');
    expect(graph.resources.map((r) => [r.address, lines[r.span!.start.line - 1]!.trim()])).toEqual([
      ['module.reg["a"].azurerm_container_registry.acr', '"module": "module.reg[\\"a\\"]",'],
      ['azurerm_container_registry.acr[0]', '"mode": "managed",'],
    ]);
    // Keys in another order than Terraform writes them: the instance is still placed, on the first line.
    const reordered = readPlanDocument(JSON.stringify({ version: 4, lineage: 'x', resources: [{ name: 'acr', type: 'azurerm_container_registry', mode: 'managed', instances: [{ attributes: {} }] }] }), 'hand.tfstate.json');
    expect(reordered.resources[0]!.span).toMatchObject({ file: 'hand.tfstate.json', start: { line: 1, column: 1 } });
  });

  it("links x[each.key] and x[count.index], which Terraform writes as the references x and each.key, to the instance of this instance's key", () => {
    const rule = (address: string, references: string[], extra: object): object => ({ address, mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: address.split('.')[1], expressions: { container_registry_id: { references } }, ...extra });
    const configuration = {
      resources: [
        { address: 'azurerm_container_registry.env', mode: 'managed', type: 'azurerm_container_registry', name: 'env', for_each_expression: { references: ['local.envs'] } },
        { address: 'azurerm_container_registry.n', mode: 'managed', type: 'azurerm_container_registry', name: 'n', count_expression: { constant_value: 2 } },
        rule('azurerm_container_registry_cache_rule.own', ['azurerm_container_registry.env', 'each.key'], { for_each_expression: { references: ['local.envs'] } }),
        rule('azurerm_container_registry_cache_rule.counted', ['azurerm_container_registry.n', 'count.index'], { count_expression: { constant_value: 2 } }),
        // The index is computed from another input too: which instance it names is not guessed.
        rule('azurerm_container_registry_cache_rule.mapped', ['azurerm_container_registry.env', 'local.other_env', 'each.key'], { for_each_expression: { references: ['local.envs'] } }),
      ],
    };
    const cacheRule = { name: 'r', source_repo: 'mcr.microsoft.com/dotnet/runtime', target_repo: 'dotnet/runtime' };
    const changes = [
      ...['dev', 'prod'].flatMap((k) => [
        change(`azurerm_container_registry.env["${k}"]`, registryAfter, { id: true }),
        change(`azurerm_container_registry_cache_rule.own["${k}"]`, cacheRule, { id: true, container_registry_id: true }),
        change(`azurerm_container_registry_cache_rule.mapped["${k}"]`, cacheRule, { id: true, container_registry_id: true }),
      ]),
      ...[0, 1].flatMap((i) => [change(`azurerm_container_registry.n[${i}]`, registryAfter, { id: true }), change(`azurerm_container_registry_cache_rule.counted[${i}]`, cacheRule, { id: true, container_registry_id: true })]),
    ];
    const { resources } = readPlanDocument(plan(changes, configuration), 'plan.json');
    const refs = (address: string): readonly string[] | undefined => byAddress(resources, address).attributes.get('container_registry_id')?.refs;
    expect(refs('azurerm_container_registry_cache_rule.own["prod"]')).toEqual(['azurerm_container_registry.env["prod"]']);
    expect(refs('azurerm_container_registry_cache_rule.counted[1]')).toEqual(['azurerm_container_registry.n[1]']);
    expect(refs('azurerm_container_registry_cache_rule.mapped["prod"]')).toEqual(['azurerm_container_registry.env']);
    const model = adapt({ resources, diagnostics: [] });
    expect(model.registries.find((r) => r.resource.address === 'azurerm_container_registry.env["dev"]')?.cacheRules.map((r) => r.resource.address)).toEqual(['azurerm_container_registry_cache_rule.own["dev"]']);
  });

  it('refuses broken and foreign JSON with one clear line naming the place', () => {
    const truncated = readPlanDocument('{\n  "format_version": "1.2",\n  "resource_changes": [\n', 'cut.json');
    expect(truncated.diagnostics).toEqual([expect.objectContaining({ severity: 'error', file: 'cut.json', line: 4, message: expect.stringMatching(/^invalid JSON at line 4.*; the file ends before the document does: it is truncated$/) })]);
    // Cut inside a string or after a value, V8 names another problem at the end of the text: the file is truncated all the same.
    for (const cut of ['{"format_version": "1.', '{"format_version": "1.2"\n', '{"format_version": "1.2",\n  ']) {
      expect(readPlanDocument(cut, 'cut.json').diagnostics[0]?.message).toMatch(/: it is truncated$/);
    }
    // An empty file (what "terraform show -json plan > plan.json" leaves when show fails) is not cut short: it holds nothing.
    for (const empty of ['', ' \n']) {
      const message = readPlanDocument(empty, 'empty.json').diagnostics[0]?.message;
      expect(message).toMatch(/; the file is empty$/);
      expect(message).not.toMatch(/truncated/);
    }
    // An error before the end is not called a truncation.
    expect(readPlanDocument('{"format_version": 1.2.3}', 'bad.json').diagnostics[0]?.message).not.toMatch(/truncated/);
    expect(readPlanDocument('{"format_version": "1.2", "resource_changes": [{"address": 1}]}', 'odd.json').diagnostics[0]?.message).toMatch(/^not a plan or state document tf-acr-lint can read: \/resource_changes\/0/);
    expect(readPlanDocument('[1, 2]', 'list.json').diagnostics[0]?.message).toMatch(/not a JSON object/);
  });

  it('refuses a document of a newer major format_version, saying which versions it reads', () => {
    // Terraform's JSON format: a new major version is not backward-compatible, and readers reject one they do not support.
    const newer = readPlanDocument(JSON.stringify({ format_version: '2.0', resource_changes: [], planned_values: {} }), 'v2.json');
    expect(newer.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'v2.json', message: 'not a plan or state document tf-acr-lint can read: its format_version "2.0" is a newer major version of the show -json format than the 0.x and 1.x that tf-acr-lint reads' }),
    ]);
    // A newer minor version only adds to the format: it is read.
    expect(readPlanDocument(plan([change('azurerm_container_registry.acr', registryAfter)], {}).replace('"1.2"', '"1.17"'), 'v1.17.json').diagnostics).toEqual([]);
  });

  it('warns that an errored plan may lack resources, and still lints what it holds', () => {
    const text = JSON.stringify({ ...JSON.parse(plan([change('azurerm_container_registry.acr', registryAfter, { id: true })], {})), complete: false, errored: true });
    const graph = readPlanDocument(text, 'errored.json');
    expect(graph.resources.map((r) => r.address)).toEqual(['azurerm_container_registry.acr']);
    expect(graph.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', file: 'errored.json', message: expect.stringMatching(/^the plan errored \("errored": true\)/) })]);
  });

  it('notes that an incomplete plan (-target, deferred changes) lints only what it plans, counting deferred changes', () => {
    const base = JSON.parse(plan([change('azurerm_container_registry_cache_rule.r', { name: 'r' }, { id: true })], {})) as object;
    const targeted = readPlanDocument(JSON.stringify({ ...base, applyable: true, complete: false, errored: false }), 'targeted.json');
    expect(targeted.resources).toHaveLength(1);
    expect(targeted.diagnostics).toEqual([expect.objectContaining({ severity: 'note', file: 'targeted.json', message: expect.stringMatching(/^the plan is incomplete \("complete": false/) })]);
    const deferred = { reason: 'instance_count_unknown', resource_change: change('azurerm_container_registry.acr', registryAfter, { id: true }) };
    const withDeferred = readPlanDocument(JSON.stringify({ ...base, deferred_changes: [deferred, deferred], complete: false, errored: false }), 'deferred.json');
    expect(withDeferred.diagnostics).toEqual([expect.objectContaining({ severity: 'note', message: expect.stringContaining('2 resource changes are deferred to a later plan ("deferred_changes") and not linted') })]);
    // A complete plan, or one whose Terraform does not say (before 1.8), is read without a word.
    expect(readPlanDocument(JSON.stringify({ ...base, complete: true, errored: false }), 'complete.json').diagnostics).toEqual([]);
    expect(readPlanDocument(JSON.stringify(base), 'older.json').diagnostics).toEqual([]);
  });

  it('marks AVM registry settings the call does not pass as the module default', () => {
    const text = plan([change('module.acr.azurerm_container_registry.this', registryAfter, { id: true })], {
      module_calls: {
        acr: {
          source: 'Azure/avm-res-containerregistry-registry/azurerm',
          version_constraint: '0.8.0',
          expressions: { public_network_access_enabled: { constant_value: false } },
          module: { resources: [{ address: 'azurerm_container_registry.this', mode: 'managed', type: 'azurerm_container_registry', name: 'this', expressions: {} }] },
        },
      },
    });
    const [registry] = readPlanDocument(text, 'plan.json').resources;
    expect(registry!.attributes.get('network_rule_bypass_option')?.origin.provenance).toMatchObject({ kind: 'module-default', call: 'module.acr', input: 'network_rule_bypass_option' });
    expect(registry!.attributes.get('public_network_access_enabled')?.origin.provenance).toEqual({ kind: 'plan', address: 'module.acr.azurerm_container_registry.this' });
  });

  it('reads a wholly unknown planned object as unknown settings, never as defaults, and keeps its links', () => {
    const rule = { address: 'azurerm_container_registry_cache_rule.r', mode: 'managed', type: 'azurerm_container_registry_cache_rule', name: 'r', expressions: { container_registry_id: { references: ['azurerm_container_registry.acr.id', 'azurerm_container_registry.acr'] } } };
    const text = plan([change('azurerm_container_registry.acr', null, true as unknown as object), change('azurerm_container_registry_cache_rule.r', null, true as unknown as object)], { resources: [rule] });
    const graph = readPlanDocument(text, 'plan.json');
    expect(graph.diagnostics).toEqual([]);
    const [registry] = adapt(graph).registries;
    const why = 'azurerm_container_registry.acr: known only after apply';
    expect(registry!.resource.unknownAttributes).toBe(why);
    for (const setting of REGISTRY_SETTINGS) expect(registry!.settings[setting]).toMatchObject({ known: false, why });
    const [cacheRule] = registry!.cacheRules;
    expect(cacheRule?.resource.address).toBe('azurerm_container_registry_cache_rule.r');
    expect(cacheRule?.sourceRepository).toMatchObject({ known: false, why: 'azurerm_container_registry_cache_rule.r: known only after apply' });
  });

  it('warns about an after that is not an object, naming the address, and leaves its attributes unknown', () => {
    for (const after of ['text', ['a']]) {
      const graph = readPlanDocument(plan([change('azurerm_container_registry.acr', after as unknown as object)], {}), 'plan.json');
      expect(graph.diagnostics).toEqual([{ severity: 'warning', file: 'plan.json', message: expect.stringMatching(/^azurerm_container_registry\.acr: the planned object is a (string|list), not an object$/) }]);
      const [registry] = adapt(graph).registries;
      expect(registry!.settings.networkRuleBypass).toMatchObject({ known: false, why: expect.stringContaining('tf-acr-lint cannot read its attributes') });
      expect(registry!.settings.publicNetworkAccessEnabled.known).toBe(false);
    }
  });

  it('reads a raw state instance without an attributes object (only attributes_flat) as unknown attributes', () => {
    const text = JSON.stringify({ version: 4, lineage: 'x', resources: [{ mode: 'managed', type: 'azurerm_container_registry', name: 'old', instances: [{ attributes_flat: { sku: 'Premium' } }] }] });
    const graph = readPlanDocument(text, 'terraform.tfstate.json');
    expect(graph.diagnostics).toEqual([]);
    const [registry] = adapt(graph).registries;
    expect(registry!.settings.networkRuleBypass).toMatchObject({ known: false, why: 'azurerm_container_registry.old: the state holds no attributes object for it; tf-acr-lint does not read attributes_flat' });
  });

  it('links a wholly unknown private endpoint and reads a wholly unknown azapi registry from what their configuration writes', () => {
    const registry = ['azapi_resource.acr.id', 'azapi_resource.acr'];
    const text = plan(
      [
        change('azapi_resource.acr', null, true),
        change('azurerm_private_endpoint.pe', null, true),
      ],
      {
        resources: [
          {
            address: 'azapi_resource.acr',
            mode: 'managed',
            type: 'azapi_resource',
            name: 'acr',
            expressions: { type: { constant_value: 'Microsoft.ContainerRegistry/registries@2023-07-01' }, body: { constant_value: { sku: { name: 'Premium' }, properties: { publicNetworkAccess: 'Disabled' } } } },
          },
          {
            address: 'azurerm_private_endpoint.pe',
            mode: 'managed',
            type: 'azurerm_private_endpoint',
            name: 'pe',
            expressions: { private_service_connection: [{ private_connection_resource_id: { references: registry }, subresource_names: { constant_value: ['registry'] } }] },
          },
        ],
      },
    );
    const [acr] = adapt(readPlanDocument(text, 'plan.json')).registries;
    expect(acr?.spelling).toBe('azapi');
    expect(toPlain(acr!.settings.sku)).toBe('Premium');
    expect(toPlain(acr!.settings.publicNetworkAccessEnabled)).toBe(false);
    expect(acr!.settings.adminEnabled.known).toBe(false);
    expect(acr!.privateEndpoints.map((e) => e.resource.address)).toEqual(['azurerm_private_endpoint.pe']);
  });

  it('links a private endpoint and reads a credential set whose blocks the plan knows only after apply', () => {
    const registry = ['azurerm_container_registry.acr.id', 'azurerm_container_registry.acr'];
    const user = ['azurerm_key_vault_secret.user.versionless_id', 'azurerm_key_vault_secret.user'];
    const password = ['azurerm_key_vault_secret.password.versionless_id', 'azurerm_key_vault_secret.password'];
    const endpoint = (name: string, resourceId: string[]) => ({
      address: `azurerm_private_endpoint.${name}`,
      mode: 'managed',
      type: 'azurerm_private_endpoint',
      name,
      // The connection's name mentions the registry too: only the resource id links.
      expressions: { private_service_connection: [{ name: { references: ['azurerm_container_registry.acr.name', 'azurerm_container_registry.acr'] }, private_connection_resource_id: { references: resourceId } }] },
    });
    const text = plan(
      [
        change('azurerm_container_registry.acr', registryAfter, { id: true }),
        change('azurerm_private_endpoint.pe', { name: 'pe' }, { private_service_connection: true }),
        change('azurerm_private_endpoint.storage', { name: 'storage' }, { private_service_connection: true }),
        change('azurerm_container_registry_credential_set.cs', { name: 'cs', login_server: 'docker.io' }, { container_registry_id: true, authentication_credentials: true }),
      ],
      {
        resources: [
          endpoint('pe', registry),
          endpoint('storage', ['azurerm_storage_account.s.id', 'azurerm_storage_account.s']),
          {
            address: 'azurerm_container_registry_credential_set.cs',
            mode: 'managed',
            type: 'azurerm_container_registry_credential_set',
            name: 'cs',
            expressions: { container_registry_id: { references: registry }, authentication_credentials: [{ username_secret_id: { references: user }, password_secret_id: { references: password } }] },
          },
        ],
      },
    );
    const [acr] = adapt(readPlanDocument(text, 'plan.json')).registries;
    expect(acr!.privateEndpoints.map((e) => [e.resource.address, e.registryId.known])).toEqual([['azurerm_private_endpoint.pe', false]]);
    const [set] = acr!.credentialSets;
    expect(set!.secrets.map((s) => [s.kind, s.value.known, s.value.refs])).toEqual([
      ['username', false, ['azurerm_key_vault_secret.user']],
      ['password', false, ['azurerm_key_vault_secret.password']],
    ]);
  });

  it('reads a block field a wholly unknown object does not write as unknown, not absent', () => {
    const user = ['azurerm_key_vault_secret.user.versionless_id', 'azurerm_key_vault_secret.user'];
    const text = plan([change('azurerm_container_registry_credential_set.cs', null, true)], {
      resources: [
        {
          address: 'azurerm_container_registry_credential_set.cs',
          mode: 'managed',
          type: 'azurerm_container_registry_credential_set',
          name: 'cs',
          expressions: { authentication_credentials: [{ username_secret_id: { references: user } }] },
        },
      ],
    });
    const [set] = adapt(readPlanDocument(text, 'plan.json')).orphanCredentialSets;
    expect(set!.secrets.map((s) => [s.kind, s.value.known, s.value.refs])).toEqual([
      ['username', false, ['azurerm_key_vault_secret.user']],
      ['password', false, undefined],
    ]);
  });

  it('warns about an address a raw state lists twice, and lints only its first instance', () => {
    const registry = (sku: string) => ({ mode: 'managed', type: 'azurerm_container_registry', name: 'acr', instances: [{ attributes: { sku } }] });
    const graph = readPlanDocument(JSON.stringify({ version: 4, lineage: 'x', resources: [registry('Premium'), registry('Basic')] }), 'terraform.tfstate.json');
    expect(graph.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: 'resources lists azurerm_container_registry.acr 2 times; only its first entry is linted' })]);
    expect(graph.resources.map((r) => toPlain(r.attributes.get('sku')!))).toEqual(['Premium']);
  });

  it.each([
    ['an object', { a: 1 }, /resource_changes\/0\/index must be string,integer/],
    ['a fraction', 1.5, /resource_changes\/0\/index must be string,integer/],
  ])('refuses a resource change whose index is %s', (_title, index, message) => {
    const text = plan([{ ...(change('azurerm_container_registry.acr["x"]', registryAfter, { id: true }) as object), index }], { resources: [] });
    expect(readPlanDocument(text, 'plan.json').diagnostics).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(message) })]);
  });

  it('warns about an address resource_changes lists twice, and lints only its first entry', () => {
    const rule = {
      address: 'azurerm_container_registry_cache_rule.r',
      mode: 'managed',
      type: 'azurerm_container_registry_cache_rule',
      name: 'r',
      expressions: { container_registry_id: { references: ['azurerm_container_registry.acr.id', 'azurerm_container_registry.acr'] } },
    };
    const text = plan(
      [
        change('azurerm_container_registry.acr', registryAfter, { id: true }),
        change('azurerm_container_registry_cache_rule.r', { name: 'r' }, { container_registry_id: true }),
        change('azurerm_container_registry.acr', { ...registryAfter, network_rule_bypass_option: 'AzureServices' }, { id: true }),
        // A deposed object shares the address of the current one: no duplicate.
        { ...(change('azurerm_container_registry_cache_rule.r', { name: 'old' }, {}, ['delete']) as object), deposed: '00000001' },
      ],
      { resources: [rule] },
    );
    const graph = readPlanDocument(text, 'plan.json');
    expect(graph.diagnostics).toEqual([
      { severity: 'warning', file: 'plan.json', line: 6, column: 7, message: 'resource_changes lists azurerm_container_registry.acr 2 times; only its first entry is linted' },
    ]);
    expect(graph.resources.map((r) => r.address)).toEqual(['azurerm_container_registry.acr', 'azurerm_container_registry_cache_rule.r']);
    const [registry] = adapt(graph).registries;
    expect(toPlain(registry!.settings.networkRuleBypass)).toBe('None');
    expect(registry!.cacheRules.map((r) => r.resource.address)).toEqual(['azurerm_container_registry_cache_rule.r']);
  });

  it('spells instance keys as Terraform writes them in addresses', () => {
    // The cases of Terraform's own TestInstanceKeyString, then characters Go's unicode.IsPrint rejects.
    expect(instanceKeyText(0)).toBe('0');
    expect(instanceKeyText(5)).toBe('5');
    expect(instanceKeyText('')).toBe('""');
    expect(instanceKeyText('0')).toBe('"0"');
    expect(instanceKeyText('"')).toBe('"\\""');
    expect(instanceKeyText('\\r\\n')).toBe('"\\\\r\\\\n"');
    expect(instanceKeyText('${hello}')).toBe('"$${hello}"');
    expect(instanceKeyText('$${x}')).toBe('"$$${x}"');
    expect(instanceKeyText('%{ for something in something }%{ endfor }')).toBe('"%%{ for something in something }%%{ endfor }"');
    expect(instanceKeyText('$hello %hello $')).toBe('"$hello %hello $"');
    expect(instanceKeyText('a\nb\r\t')).toBe('"a\\nb\\r\\t"');
    expect(instanceKeyText('\b\u00a0\u200b\u2028\u{e000}\u{10ffff}')).toBe('"\\u0008\\u00a0\\u200b\\u2028\\ue000\\U0010ffff"');
    expect(instanceKeyText('é😀 a.b]')).toBe('"é😀 a.b]"');
  });

  it('links each.value to the same-keyed instance when keys hold ${, %{ or characters that are not printable', () => {
    const keys = ['${x}', '$${x}', '%{x}', '\u00a0', ' ', '\u200b', '\b'];
    const instance = (type: string, name: string, key: string, after: object, afterUnknown: object): object => ({
      address: `${type}.${name}[${instanceKeyText(key)}]`,
      mode: 'managed',
      type,
      name,
      index: key,
      change: { actions: ['create'], before: null, after, after_unknown: afterUnknown },
    });
    const changes = keys.flatMap((key, i) => [
      instance('azurerm_container_registry', 'env', key, { ...registryAfter, name: `acr${i}` }, { id: true }),
      instance('azurerm_container_registry_cache_rule', 'r', key, { name: `r${i}` }, { container_registry_id: true }),
    ]);
    const resources = readPlanDocument(plan(changes, RULES_FOR_EACH_REGISTRY), 'plan.json').resources;
    for (const key of keys) {
      const rule = byAddress(resources, `azurerm_container_registry_cache_rule.r[${instanceKeyText(key)}]`);
      expect(rule.attributes.get('container_registry_id')?.refs).toEqual([`azurerm_container_registry.env[${instanceKeyText(key)}]`]);
    }
  });

  it('spells the instance keys of a raw state as Terraform does', () => {
    const text = JSON.stringify({ version: 4, lineage: 'x', resources: [{ module: 'module.m["%%{y}"]', mode: 'managed', type: 'azurerm_container_registry', name: 'env', instances: [{ index_key: '${x}\u00a0', attributes: {} }, { index_key: 1, attributes: {} }] }] });
    expect(readPlanDocument(text, 'terraform.tfstate.json').resources.map((r) => r.address)).toEqual([
      'module.m["%%{y}"].azurerm_container_registry.env["$${x}\\u00a0"]',
      'module.m["%%{y}"].azurerm_container_registry.env[1]',
    ]);
  });
});
