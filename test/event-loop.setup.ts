// A test worker answers vitest's own messages only when its event loop turns, and
// vitest gives up on one unanswered for 60 s ("Timeout calling onTaskUpdate"),
// failing a run whose every test passed. Tests that only await promises already
// settled (a text read in memory) or block on spawnSync never let the loop turn:
// invariant.test.ts ran 49 s so on an idle machine, and longer beside the wild
// scorer in CI. One turn of the loop before each test keeps every stretch to a
// test; a test that runs long itself awaits its child process (test/compare/spawn.ts).
// (No test fakes timers; one that faked setImmediate would have to restore it.)
import { beforeEach } from "vitest";

beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
