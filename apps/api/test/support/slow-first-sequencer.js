// Jest orders test files by how long they took last time; without that record (a clean
// CI clone) it falls back to file size, and the fuzz and authorization suites, small files
// that run longest, would start last and leave one worker running them alone at the end.
// They start first.
const Sequencer = require('@jest/test-sequencer').default;

const SLOWEST_FIRST = [
  /security\/fuzz-bodies\./,
  /security\/fuzz-paths\./,
  /authorization-matrix\./,
  /security\/import-crash\./,
  /security\/fuzz-queries\./,
];

const rank = (test) => {
  const index = SLOWEST_FIRST.findIndex((pattern) => pattern.test(test.path));
  return index === -1 ? SLOWEST_FIRST.length : index;
};

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    // Array.prototype.sort is stable: the rest keep Jest's own order.
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
