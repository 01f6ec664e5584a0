/** Español: las palabras de la interfaz del hub (the shape is the English catalogue's). */
import type { Catalogue } from './en.ts';

export const es: Catalogue = {
	name: 'Español',
	card: {
		// "Cerrado" as a status ("estado: cerrado"), whatever the gender of the kind beside it.
		closed: 'Cerrado',
		online: 'En línea',
	},
	page: {
		skipLink: 'Ir al contenido',
		mainNav: 'Principal',
		footerNav: 'Pie de página',
	},
};
