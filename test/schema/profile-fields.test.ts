import { allRules } from '../../src/rules/all.js';
import {
  profileFieldPaths,
  profileFields,
  profileKeyTree,
  type KeyNode,
} from '../../src/schema/profile-fields.js';

describe('profileFields', () => {
  it('lists nested paths with [] for list items, parents before children', () => {
    const paths = profileFieldPaths();
    expect(paths[0]).toBe('id');
    expect(paths).toContain('devices[].usb[].vendorId');
    expect(paths.indexOf('addresses')).toBeLessThan(paths.indexOf('addresses[].line1'));
  });

  it('marks a field required only where the schema requires it within its parent', () => {
    const required = (path: string) => profileFields().find((field) => field.path === path)?.required;
    expect(required('id')).toBe(true);
    expect(required('logins[].at')).toBe(true);
    expect(required('addresses[].line1')).toBe(false);
  });

  it('gives the keys each object may carry as a tree', () => {
    const address = profileKeyTree().keys?.get('addresses')?.item;
    expect(address?.keys?.has('line1')).toBe(true);
    expect(address?.keys?.has('lin1')).toBe(false);
  });
});

describe('profileKeyTree', () => {
  it('holds exactly the paths of profileFields', () => {
    const paths: string[] = [];
    const walk = (node: KeyNode, path: string) => {
      for (const [key, child] of node.keys ?? []) {
        const next = path === '' ? key : `${path}.${key}`;
        paths.push(next);
        walk(child, next);
      }
      if (node.item) {
        paths.push(`${path}[]`);
        walk(node.item, `${path}[]`);
      }
    };
    walk(profileKeyTree(), '');
    expect(paths.filter((path) => !path.endsWith('[]')).sort()).toEqual(
      profileFieldPaths()
        .filter((path) => !path.endsWith('[]'))
        .sort(),
    );
  });
});

describe('rule metadata', () => {
  it('declares only profile paths that exist in the schema, in requires and reads', () => {
    const known = new Set(profileFieldPaths());
    const unknown = allRules.flatMap((rule) =>
      [...rule.meta.requires, ...(rule.meta.reads ?? [])]
        .filter((path) => !known.has(path))
        .map((path) => `${rule.id}: ${path}`),
    );
    expect(unknown).toEqual([]);
  });
});
