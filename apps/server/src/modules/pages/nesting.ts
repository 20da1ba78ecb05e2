import * as Y from 'yjs';

/**
 * How deep a page's nodes may nest, text included: a paragraph's text is at level 2, a table
 * cell's at 5, and each list level adds two. The editor never needs more; the sanitiser deletes
 * whatever is deeper, so rendering and copying a page never come near the stack's limit.
 */
export const maxNestingDepth = 32;

/**
 * An update that would nest deeper than this is refused whole, before it is stored: Yjs deletes
 * and collects a subtree recursively and overflows the stack at about 4,500 levels, so such a
 * subtree could not even be deleted. Between `maxNestingDepth` and this, the sanitiser cuts.
 */
export const maxUpdateNestingDepth = 1_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types with any
type SharedType = Y.AbstractType<any>;
type Struct = Y.Item | Y.GC;

/** How many types hold this one, itself included: a child of the page is at 1, the page at 0. */
export function depthOf(type: SharedType): number {
  let depth = 0;
  for (let item = type._item; item !== null; item = (item.parent as SharedType)._item) depth++;
  return depth;
}

/**
 * What an item's depth follows from: a depth already known, or another item of the same update
 * (its holder, one level up, or a sibling, at the same level).
 */
type Dependency = { depth: number } | { item: Y.Item; levelsUp: 0 | 1 };

/**
 * The deepest level the update's shared types would reach in this document, found without
 * applying it and without recursion. An update that refers to something neither it nor the
 * document holds cannot be measured: it counts as infinitely deep (a client's own edits only ever
 * refer to what the server sent it).
 */
export function deepestNestingOf(doc: Y.Doc, update: Uint8Array): number {
  const structs = Y.decodeUpdate(update).structs.filter((struct): struct is Struct => !(struct instanceof Y.Skip));
  const find = structFinder(doc, structs);
  const parentDepths = new Map<Y.Item, number>();

  function dependencyOf(item: Y.Item): Dependency {
    if (typeof item.parent === 'string') return { depth: 0 };
    if (item.parent instanceof Y.ID) return holderDependency(find(item.parent));
    const neighbour = item.origin ?? item.rightOrigin;
    return neighbour ? siblingDependency(find(neighbour)) : { depth: Infinity };
  }

  // A struct the document holds is measured there; a garbage-collected one drops what refers to it.
  function holderDependency(found: Found): Dependency {
    if (found.inUpdate && found.struct instanceof Y.Item) return { item: found.struct, levelsUp: 1 };
    if (found.struct instanceof Y.Item && found.struct.content instanceof Y.ContentType)
      return { depth: depthOf(found.struct.content.type) };
    return { depth: found.struct ? 0 : Infinity };
  }
  function siblingDependency(found: Found): Dependency {
    if (found.inUpdate && found.struct instanceof Y.Item) return { item: found.struct, levelsUp: 0 };
    if (found.struct instanceof Y.Item) return { depth: found.struct.parent instanceof Y.AbstractType ? depthOf(found.struct.parent) : 0 };
    return { depth: found.struct ? 0 : Infinity };
  }

  /** Follows the chain of dependencies with a stack of its own: a chain may be as long as the update. */
  function parentDepthOf(start: Y.Item): number {
    const chain = [start];
    const onChain = new Set(chain);
    while (chain.length > 0) {
      const item = chain.at(-1)!;
      const dependency = dependencyOf(item);
      if ('depth' in dependency) parentDepths.set(item, dependency.depth);
      else if (parentDepths.has(dependency.item)) parentDepths.set(item, parentDepths.get(dependency.item)! + dependency.levelsUp);
      // A loop of references (only a forged update has one) cannot be placed.
      else if (onChain.has(dependency.item)) return Infinity;
      else {
        chain.push(dependency.item);
        onChain.add(dependency.item);
        continue;
      }
      onChain.delete(chain.pop()!);
    }
    return parentDepths.get(start)!;
  }

  let deepest = 0;
  for (const struct of structs) {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentType)
      deepest = Math.max(deepest, (parentDepths.get(struct) ?? parentDepthOf(struct)) + 1);
  }
  return deepest;
}

type Found = { struct: Struct | undefined; inUpdate: boolean };

/** Finds the struct holding an id: in the update first, then in the document. */
function structFinder(doc: Y.Doc, structs: Struct[]): (id: Y.ID) => Found {
  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return (id) => {
    const inUpdate = holding(byClient.get(id.client) ?? [], id.clock);
    if (inUpdate) return { struct: inUpdate, inUpdate: true };
    const known = doc.store.clients.get(id.client);
    if (!known || id.clock >= Y.getState(doc.store, id.client)) return { struct: undefined, inUpdate: false };
    return { struct: known[Y.findIndexSS(known, id.clock)], inUpdate: false };
  };
}

function holding(structs: Struct[], clock: number): Struct | undefined {
  let [low, high] = [0, structs.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = structs[middle]!;
    if (clock < struct.id.clock) high = middle - 1;
    else if (clock >= struct.id.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return undefined;
}
