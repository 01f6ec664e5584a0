import { readFileSync } from 'node:fs';

/** Whether a process of this machine is still running, from its id alone. */
export function isRunning(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		// Signal 0 delivers nothing: it only asks whether the process exists.
		process.kill(pid, 0);
	} catch (error) {
		// EPERM: it exists, but belongs to another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	return !hasEnded(pid);
}

/**
 * A process that has ended but that its parent has not collected yet (a zombie: a killed build's
 * Astro, whose parent was killed too, waits for the system's first process, which may take its
 * time) still answers signal 0. Linux says so in /proc; elsewhere, signal 0 is all there is.
 */
function hasEnded(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The state follows the command name, which is in parentheses and may itself hold any character.
		return /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
	} catch {
		return false;
	}
}
