/**
 * Sums the self time of a V8 CPU profile by package, to see where a contender spends its CPU:
 *
 *   pnpm --filter @park/api build
 *   pnpm exec node --cpu-prof --cpu-prof-dir=/tmp/bench-prof tests/bench/bench.ts --smoke --seconds 5
 *   pnpm exec node tests/bench/profile-summary.ts /tmp/bench-prof/*.cpuprofile
 *
 * The bench process hosts all three servers, each loaded for the same time, so packages only
 * one of them uses (type-graphql, @mikro-orm, @apollo for ours; grafast, @dataplan for the peer)
 * show that contender's share; graphql, pg and node internals are shared.
 */
import { readFile } from 'node:fs/promises';

type Node = { id: number; callFrame: { url: string; functionName: string }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const bucket = (url: string, fn: string) => {
  if (!url) return fn === '(garbage collector)' || fn === '(idle)' || fn === '(program)' ? fn : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/);
  if (pkg) return pkg[1]!;
  if (url.includes('/api/dist/')) return 'api (ours)';
  if (url.includes('/tests/bench/contenders/')) return 'bench contenders (limit, peer setup)';
  return url;
};

/** `--functions`: the top functions instead of packages. */
const byFunction = process.argv.includes('--functions');
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Native frames (JSON, regexps, builtins) count for the nearest caller with a script.
  const parent = new Map<number, Node>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const owner = (node: Node): Node => {
    let at: Node | undefined = node;
    while (at && !at.callFrame.url && parent.has(at.id)) at = parent.get(at.id);
    return at?.callFrame.url ? at : node;
  };
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const node = owner(byId.get(id)!);
    const key = byFunction
      ? `${node.callFrame.functionName || '(anonymous)'} ${bucket(node.callFrame.url, node.callFrame.functionName)}`
      : bucket(node.callFrame.url, node.callFrame.functionName);
    const dt = profile.timeDeltas[i] ?? 0;
    totals.set(key, (totals.get(key) ?? 0) + dt);
    all += dt;
  });
  console.log(file);
  for (const [key, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, byFunction ? 60 : 25))
    console.log(
      `${((us / all) * 100).toFixed(1).padStart(6)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`,
    );
}
