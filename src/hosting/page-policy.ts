/** Reads the Content-Security-Policy a built page carries in its `<meta http-equiv>` tag, with a real HTML parser. */
import { Parser } from 'htmlparser2';

/** The page's policy, entities decoded; undefined when it has none. Stops reading at the end of `<head>`. */
export function pagePolicy(html: string): string | undefined {
	let policy: string | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy' && policy === undefined) {
					policy = attributes.content;
				}
			},
			onclosetag(name) {
				if (name === 'head') parser.pause();
			},
		},
		{ decodeEntities: true, lowerCaseAttributeNames: true },
	);
	parser.end(html);
	return policy;
}
