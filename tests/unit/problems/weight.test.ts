import { problemWeight } from '../../../src/lib/problems/weight';

test('weight counts each service once: the reporter plus distinct endorsers', () => {
  expect(problemWeight(1, [])).toBe(1);
  expect(problemWeight(1, [2, 3])).toBe(3);
  expect(problemWeight(1, [1, 2, 2])).toBe(2);
  expect(problemWeight(null, [4, 5])).toBe(2);
  expect(problemWeight(undefined, [])).toBe(0);
});
