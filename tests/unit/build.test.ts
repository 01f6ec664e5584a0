/** The build lock: one build at a time in a checkout. The builds themselves are in tests/build/. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, busyMessage, isStale, type LockHolder, type Liveness } from '../../src/build/build-lock.ts';
import { isRunning } from '../../src/build/process-running.ts';

describe('the build lock', () => {
	const lockFile = () => join(mkdtempSync(join(tmpdir(), 'hub-lock-')), 'build.lock');
	const holder = (pid: number, started = '2026-11-26T06:00:00.000Z'): LockHolder => ({ pid, started, host: 'laptop' });
	const liveness: Liveness = { host: 'laptop', self: 100, bootTime: Date.parse('2026-11-26T05:00:00Z'), isRunning: (pid) => pid === 200 };
	const stale = (h: LockHolder) => isStale(h, liveness);

	it('is stale when its process is gone, is this one, is on another machine or is from before the machine started', () => {
		expect(stale(holder(200))).toBe(false);
		expect(stale(holder(201))).toBe(true);
		expect(stale(holder(100))).toBe(true);
		expect(stale({ ...holder(200), host: 'ci-runner-7' })).toBe(true);
		expect(stale(holder(200, '2026-11-25T23:00:00.000Z'))).toBe(true);
	});

	it('lets one build in, refuses a second with who holds it, and lets the next in once released', () => {
		const file = lockFile();
		const first = acquireLock(file, holder(200), stale);
		expect(first.acquired).toBe(true);
		expect(acquireLock(file, holder(300), stale)).toEqual({ acquired: false, holder: holder(200) });
		if (first.acquired) first.release();
		expect(acquireLock(file, holder(300), stale).acquired).toBe(true);
		expect(readdirSync(join(file, '..'))).toEqual(['build.lock']);
	});

	it('is taken over when stale or unreadable, and a stale holder cannot release the new one', () => {
		const file = lockFile();
		const dead = acquireLock(file, holder(201), stale);
		const next = acquireLock(file, holder(200), stale);
		expect(next.acquired).toBe(true);
		if (dead.acquired) dead.release();
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(holder(200));
		writeFileSync(file, '');
		expect(acquireLock(file, holder(300), stale).acquired).toBe(true);
	});

	it('says who holds it, and what to do', () => {
		expect(busyMessage(holder(1234))).toMatch(/^Another build of this hub is running \(process 1234, started .*2026.*\)\. Wait for it to finish, or stop it\.$/);
	});

	it('knows a running process from one that is gone', () => {
		expect(isRunning(process.pid)).toBe(true);
		expect(isRunning(0)).toBe(false);
		expect(isRunning(2 ** 22 + 1)).toBe(false);
	});

	it.runIf(process.platform === 'linux')('knows a process that ended but was never collected (a zombie) is gone', async () => {
		// `sleep 0` ends at once; its parent, replaced by `sleep 5`, never collects it.
		const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
		const [line] = (await once(parent.stdout, 'data')) as [Buffer];
		const zombie = Number(line.toString().trim());
		await expect.poll(() => readFileSync(`/proc/${zombie}/stat`, 'utf8').split(') ')[1]![0]).toBe('Z');
		expect(isRunning(zombie)).toBe(false);
		expect(isRunning(parent.pid!)).toBe(true);
		parent.kill();
	});
});
