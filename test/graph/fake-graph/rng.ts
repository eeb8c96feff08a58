// A small seeded PRNG (mulberry32) so injected failures are the same on every run: the one the
// models train with.
export { rng as mulberry32 } from '../../../src/policy/models/logistic';
