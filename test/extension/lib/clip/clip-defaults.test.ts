/**
 * The extension's choice of learned decisions (extension/lib/clip-defaults.ts, resolved for shared/extract's defaults in
 * every extension bundle by wxt.config.ts): the same names as the service's defaults, each the service's own value or
 * left to the rules — never a model of its own.
 */
import { describe, expect, it } from 'vitest';
import * as clip from '../../../../extension/lib/clip-defaults.ts';
import * as service from '../../../../shared/extract/model/default.ts';

describe('the clip content script\u2019s learned decisions', () => {
  it('names every default the extractor reads, and only those', () => {
    expect(Object.keys(clip).sort()).toEqual(Object.keys(service).sort());
  });

  it('carries each as the service does, or leaves it to the rules', () => {
    for (const [name, value] of Object.entries(clip)) {
      if (value !== undefined) expect(value, name).toBe(service[name as keyof typeof service]);
    }
  });

  it('carries the learned title choice, and leaves the date roles, the segmentation and the location choice to the rules', () => {
    expect(clip.DEFAULT_TITLE_MODEL).toBeDefined();
    expect(clip.DEFAULT_ROLES).toBeUndefined();
    expect(clip.DEFAULT_LOCATION_MODEL).toBeUndefined();
    expect(clip.DEFAULT_SEGMENTER).toBeUndefined();
  });
});
