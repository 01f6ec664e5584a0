/**
 * Reads what Astro prints during a build, line by line: which lines an organizer sees (no stack
 * traces, no source locations of the hub's code, unless debugging), and whether an error was logged.
 * Astro logs some errors and carries on (a Markdown file that fails to render becomes an empty page
 * and the build exits 0), so a logged error is a failed build.
 */
import { stripVTControlCharacters } from 'node:util';

/** An error Astro logged: its `[ERROR]` line and the lines of message after it. */
export interface LoggedError {
	/** The error's lines, without timestamp, colors, stack trace or location. */
	message: string[];
	/** The page being built when it happened (`/stories/x/`), if Astro said. */
	page: string | undefined;
	/** The file it names (a content file, an image, a module of the hub), if any. */
	file: string | undefined;
}

/** Astro's log lines: `12:00:00 [ERROR] [label] message`. */
const LOG_LINE = /^(?:\d{2}:\d{2}:\d{2} )?\[(ERROR|WARN|INFO|DEBUG)\]|^\d{2}:\d{2}:\d{2} /;
const ERROR_LINE = /^(?:\d{2}:\d{2}:\d{2} )?\[ERROR\] ?/;
const STACK_FRAME = /^\s+at\s|^\s+\.\.\. \d+ more/;
const HEADING = /^\s*(Stack trace|Location):\s*$/;

/** Whether a line is Astro's report of an error. */
export const isErrorLine = (line: string): boolean => ERROR_LINE.test(stripVTControlCharacters(line));

/**
 * A filter for one output stream (stdout and stderr each need their own, as a location heading and
 * its path arrive on the same one): true for lines to show. With `debug`, every line shows.
 */
export function visibleLines(debug: boolean): (line: string) => boolean {
	let afterLocation = false;
	return (line) => {
		if (debug) return true;
		const text = stripVTControlCharacters(line);
		// A location heading is followed by one indented path: the hub's file, not the organizer's.
		const hidden = STACK_FRAME.test(text) || HEADING.test(text) || (afterLocation && /^\s+\S/.test(text));
		afterLocation = /^\s*Location:\s*$/.test(text);
		return !hidden;
	};
}

/** Collects the errors Astro logs, from every line it prints (shown or not), in order. */
export class ErrorCollector {
	readonly errors: LoggedError[] = [];
	#current: { lines: string[]; location: string | undefined; inLocation: boolean } | undefined;

	/** Takes the next line of output. */
	add(line: string): void {
		const text = stripVTControlCharacters(line);
		if (isErrorLine(text)) {
			this.#finish();
			this.#current = { lines: [text.replace(ERROR_LINE, '')], location: undefined, inLocation: false };
		} else if (this.#current) {
			if (LOG_LINE.test(text) || text.trim() === '') this.#finish();
			else if (this.#current.inLocation) {
				this.#current.location = text.trim();
				this.#current.inLocation = false;
			} else if (/^\s*Location:\s*$/.test(text)) this.#current.inLocation = true;
			else if (!STACK_FRAME.test(text) && !HEADING.test(text)) this.#current.lines.push(text);
		}
	}

	/** Ends the last error, when the output does. */
	end(): void {
		this.#finish();
	}

	#finish(): void {
		if (!this.#current) return;
		const { lines, location } = this.#current;
		const text = lines.join('\n');
		// The file the message quotes (a content file, an image) says most; then where in the hub's code
		// it was thrown; then a file named in passing ("Error rendering story.md").
		const file = [...text.matchAll(QUOTED_FILE)].map((match) => match[1]!).concat(location ?? [], [...text.matchAll(NAMED_FILE)].map((match) => match[1]!));
		this.errors.push({ message: lines, page: PAGE.exec(text)?.[1], file: file.find((path) => !path.includes('node_modules') && !/^\w+:\/\//.test(path)) });
		this.#current = undefined;
	}
}

const PAGE = /\brendering (\/\S*?):/;
const QUOTED_FILE = /["'`]([^"'`\s]+\.[A-Za-z0-9]+)["'`]/g;
const NAMED_FILE = /\brendering ([^\s/]\S*\.[A-Za-z0-9]+):/g;
