/**
 * One build at a time in a checkout: Astro keeps its work in folders every build of the checkout
 * shares (`node_modules/.astro`, `.astro`), and two builds at once corrupt each other's. A build holds
 * a lock file naming its process; a second build is refused while that process runs. A lock whose
 * process is gone (a crashed or killed build) is stale, and the next build takes it over.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { Refusal } from '../lib/refusal.ts';
import { isRunning } from './process-running.ts';

/** Who holds the lock, as written in the lock file. */
export interface LockHolder {
	/** The process id of the build. */
	pid: number;
	/** When the build started (ISO 8601). */
	started: string;
	/** The machine it runs on: a process id means nothing on another one. */
	host: string;
}

/** The lock taken, with its release; or the build that holds it. */
export type LockAttempt = { acquired: true; release: () => void } | { acquired: false; holder: LockHolder };

/** What decides that a lock is stale, passed in so that tests need no real processes. */
export interface Liveness {
	/** This machine's name. */
	host: string;
	/** This process's id: a lock in its name was left by an earlier build of this very process. */
	self: number;
	/** When this machine started: a lock from before then is from a process that is gone. */
	bootTime: number;
	isRunning: (pid: number) => boolean;
}

/** Whether the build that wrote a lock can no longer be running. */
export function isStale(holder: LockHolder, liveness: Liveness): boolean {
	// Another machine (a CI container whose cache came back) cannot be checked, and cannot be building here.
	if (holder.host !== liveness.host) return true;
	if (holder.pid === liveness.self) return true;
	// Process ids are reused after a restart; a lock older than the machine's start is left over.
	if (Date.parse(holder.started) < liveness.bootTime) return true;
	return !liveness.isRunning(holder.pid);
}

/** The refusal a second build prints. */
export function busyMessage(holder: LockHolder): string {
	const started = new Date(holder.started);
	const when = Number.isNaN(started.getTime()) ? 'at an unknown time' : started.toLocaleString();
	return `Another build of this hub is running (process ${holder.pid}, started ${when}). Wait for it to finish, or stop it.`;
}

/**
 * Takes the lock, or says who holds it. The lock file appears at once with its content (written
 * aside, then linked in place, which fails if a lock exists), so no build ever reads half a lock.
 */
export function acquireLock(file: string, me: LockHolder, stale: (holder: LockHolder) => boolean): LockAttempt {
	const text = JSON.stringify(me);
	// A few rounds: taking over a stale lock can race another build doing the same.
	for (let round = 0; round < 5; round++) {
		if (createExclusive(file, text, me.pid)) return { acquired: true, release: () => releaseLock(file, text) };
		const found = readText(file);
		const holder = found === undefined ? undefined : parseHolder(found);
		if (holder && !stale(holder)) return { acquired: false, holder };
		if (found !== undefined) takeOver(file, found, me.pid);
	}
	throw new Error(`Could not take the build lock ${file}: it keeps changing hands.`);
}

/** Writes `text` to `file` unless the file exists; true when written. */
function createExclusive(file: string, text: string, pid: number): boolean {
	const aside = `${file}.${pid}.new`;
	writeFileSync(aside, text);
	try {
		linkSync(aside, file);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		rmSync(aside, { force: true });
	}
}

/**
 * Moves a stale lock out of the way. If, between reading it and moving it, another build took it
 * over, what was moved is that build's live lock: it goes back.
 */
function takeOver(file: string, staleText: string, pid: number): void {
	const moved = `${file}.${pid}.stale`;
	try {
		renameSync(file, moved);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	if (readText(moved) !== staleText) {
		try {
			linkSync(moved, file);
		} catch {
			// A third build took the lock in that instant: the build whose lock was moved runs on
			// without one. Three builds starting within microseconds of a crash is a risk worth taking.
		}
	}
	rmSync(moved, { force: true });
}

/** Removes the lock if it is still this build's. */
function releaseLock(file: string, text: string): void {
	if (readText(file) === text) rmSync(file, { force: true });
}

function readText(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** The holder a lock file names; undefined for a file that is not a lock (it is then stale). */
function parseHolder(text: string): LockHolder | undefined {
	try {
		const value = JSON.parse(text) as Partial<LockHolder>;
		return typeof value.pid === 'number' && typeof value.started === 'string' && typeof value.host === 'string' ? (value as LockHolder) : undefined;
	} catch {
		return undefined;
	}
}

/** The lock file's name, in Astro's cache folder (`node_modules/.astro`), which every build of a checkout shares. */
export const LOCK_FILE = 'community-hub-build.lock';

/**
 * Takes the build lock of the checkout whose Astro cache is `cacheDir` for this process, or refuses
 * with the holder's process and start. The lock is held until the process ends, however it ends; if
 * it is killed outright, the next build finds the lock stale.
 */
export function holdBuildLock(cacheDir: string): void {
	mkdirSync(cacheDir, { recursive: true });
	const me: LockHolder = { pid: process.pid, started: new Date().toISOString(), host: hostname() };
	const liveness: Liveness = { host: me.host, self: me.pid, bootTime: Date.now() - uptime() * 1000, isRunning };
	const attempt = acquireLock(join(cacheDir, LOCK_FILE), me, (holder) => isStale(holder, liveness));
	if (!attempt.acquired) throw new Refusal(busyMessage(attempt.holder));
	process.once('exit', attempt.release);
}
