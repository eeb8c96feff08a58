import { SOLICITATION_FAMILIES, SOLICITATION_LABELS, SOLICITATION_SHAPES } from '../../../src/policy/data/solicitation';
import { builtRegExps, CHUNK_SOURCE, compileFamilies } from '../../../src/policy/rules/solicitation/score';

// The cue list is compiled into several expressions, each well below the size at which V8 stops
// optimising one (about 20,000 characters), and a family never straddles two of them.
describe('solicitation cue expressions', () => {
  it('keeps every expression small', () => {
    const res = builtRegExps();
    expect(res.length).toBeGreaterThan(0);
    for (const re of res) expect(re.source.length).toBeLessThan(CHUNK_SOURCE * 1.5);
  });

  it('puts each family whole into one expression, in order', () => {
    const { sets, entries } = compileFamilies(SOLICITATION_FAMILIES);
    const total = SOLICITATION_FAMILIES.reduce((n, f) => n + f.cues.length, 0);
    expect(entries).toHaveLength(total);
    const bounds = [...sets.map((s) => s.first), total];
    for (const family of SOLICITATION_FAMILIES) {
      const at = entries.map((e, i) => (e.family === family ? i : -1)).filter((i) => i >= 0);
      const chunk = bounds.findIndex((b, k) => k < sets.length && at[0] >= b && at[0] < bounds[k + 1]);
      expect(at[at.length - 1]).toBeLessThan(bounds[chunk + 1]);
    }
  });

  it('packs everything into one expression when the size allows', () => {
    expect(compileFamilies(SOLICITATION_FAMILIES, Infinity).sets).toHaveLength(1);
  });

  it('gives every family and shape a name a user can read', () => {
    const ids = [...SOLICITATION_FAMILIES.map((f) => f.id), ...Object.keys(SOLICITATION_SHAPES)];
    expect(ids.filter((id) => !SOLICITATION_LABELS[id])).toEqual([]);
  });
});
