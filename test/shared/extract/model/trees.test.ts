import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../../scripts/train/fit.ts';
import { chooseRounds, fitTrees, fitTreesOnLogistic, fitTreesRounds, treeRows, type GroupedSample } from '../../../../scripts/train/fit-trees.ts';
import { classify } from '../../../../shared/extract/model/classifier.ts';
import { leafOf, predictTrees, treeScores, type TreeModel } from '../../../../shared/extract/model/trees.ts';

describe('boosted trees: inference', () => {
  // written by hand: "in a cell" and "own day" together make an item, either alone does not
  const model: TreeModel<'other' | 'item'> = {
    classes: ['other', 'item'],
    bias: [0, -1],
    trees: [[], [{ f: 'cell', yes: { f: 'own-day', yes: 3, no: -1 }, no: -0.5 }, { f: 'deadline-cue', yes: -2, no: 0.25 }]],
  };

  it('sums the leaves each tree reaches onto its class bias', () => {
    expect(treeScores(model, ['cell', 'own-day'])).toEqual([0, -1 + 3 + 0.25]);
    expect(treeScores(model, ['cell'])).toEqual([0, -1 - 1 + 0.25]);
    expect(treeScores(model, ['own-day', 'deadline-cue'])).toEqual([0, -1 - 0.5 - 2]);
    expect(treeScores(model, [])).toEqual([0, -1 - 0.5 + 0.25]);
  });

  it('turns the scores into probabilities: a conjunction decides', () => {
    const both = predictTrees(model, ['cell', 'own-day']);
    expect(both.label).toBe('item');
    expect(both.probability).toBeCloseTo(1 / (1 + Math.exp(-2.25)), 10);
    expect(predictTrees(model, ['cell']).label).toBe('other');
    expect(predictTrees(model, ['own-day']).label).toBe('other');
    // features no node tests change nothing
    expect(predictTrees(model, ['cell', 'own-day', 'unknown']).probabilities).toEqual(both.probabilities);
  });

  it('is what classify gives for a tree model, and a logistic model keeps its own inference', () => {
    expect(classify(model, ['cell', 'own-day'])).toEqual(predictTrees(model, ['cell', 'own-day']));
    const logistic = { classes: ['other', 'item'], bias: [0, -1], weights: { cell: [0, 2] } };
    expect(classify(logistic, ['cell']).probabilities[1]).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
  });

  it('starts from a base logistic model when it has one', () => {
    const stacked: TreeModel<'other' | 'item'> = { ...model, bias: [0, 0], base: { classes: ['other', 'item'], bias: [0, -1], weights: { cell: [0, 0.5] } } };
    expect(treeScores(stacked, ['cell', 'own-day'])).toEqual([0, -1 + 0.5 + 3 + 0.25]);
    expect(treeScores(stacked, [])).toEqual([0, -1 - 0.5 + 0.25]);
  });

  it('stops a path deeper than any fitted tree', () => {
    let deep: TreeModel['trees'][number][number] = 5;
    for (let i = 0; i < 20; i++) deep = { f: 'x', yes: deep, no: deep };
    expect(leafOf(deep, new Set(['x']))).toBe(0);
  });
});

/**
 * XOR-like over two features: an item when exactly one of them is present. The four combinations are not equally
 * frequent (so a first split on one feature gains), twelve sites; no weight per feature can fit it, trees can.
 */
const COMBINATIONS = [[true, true], [true, true], [true, true], [true, false], [false, true], [false, true], [false, false], [false, false]];
function xor(): GroupedSample[] {
  return Array.from({ length: 240 }, (_, i) => {
    const [a, b] = COMBINATIONS[i % 8];
    const features = [...(a ? ['a'] : []), ...(b ? ['b'] : []), `noise${i % 7}`];
    return { features, label: a !== b ? 1 : 0, group: `site${i % 12}` };
  });
}

describe('boosted trees: fitting', () => {
  const options = { classes: ['no', 'yes'] as const, depth: 2, minLeaf: 5, shrinkage: 0.3, maxRounds: 60 };

  it('fits an XOR a logistic model cannot', () => {
    const samples = xor();
    const logistic = fitLogistic(samples, { classes: options.classes, l2: 0.001 });
    const trees = fitTrees(samples, options);
    const right = (m: Parameters<typeof classify>[0]) => samples.filter((s) => classify(m, s.features).label === options.classes[s.label]).length / samples.length;
    // the logistic model gets a whole combination wrong
    expect(right(logistic)).toBeLessThan(0.9);
    expect(right(trees)).toBe(1);
    for (const s of samples) expect(classify(trees, s.features).probability).toBeGreaterThan(0.8);
  });

  it('fits an XOR as trees on top of a logistic model, and the module text holds both', () => {
    const samples = xor();
    const stacked = fitTreesOnLogistic(samples, options, (s) => fitLogistic(s, { classes: options.classes, l2: 0.001 }));
    expect(stacked.base).toBeDefined();
    for (const s of samples) expect(classify(stacked, s.features).label).toBe(options.classes[s.label]);
    expect(treeRows(stacked)).toContain('base: {');
  });

  it('chooses its rounds by inner cross-validation over sites: more than none on a learnable set, none on noise', () => {
    expect(chooseRounds(xor(), options).rounds).toBeGreaterThan(5);
    const noise = xor().map((s, i) => ({ ...s, label: ((i * 7919) % 13) % 2 }));
    expect(chooseRounds(noise, options).rounds).toBeLessThan(5);
  });

  it('fits three classes, one tree per class and round', () => {
    const samples = xor().map((s) => ({ ...s, label: s.features.includes('a') ? (s.features.includes('b') ? 2 : 1) : 0 }));
    const model = fitTreesRounds(samples, { classes: ['x', 'y', 'z'], depth: 2, minLeaf: 5, shrinkage: 0.3 }, 20);
    expect(model.trees.map((t) => t.length)).toEqual([20, 20, 20]);
    for (const s of samples) expect(classify(model, s.features).label).toBe(['x', 'y', 'z'][s.label]);
  });

  it('is deterministic: the same samples give the same module text', () => {
    const a = treeRows(fitTrees(xor(), options));
    const b = treeRows(fitTrees(xor(), options));
    expect(a).toBe(b);
    expect(a).toContain('"f":"a"');
  });
});
