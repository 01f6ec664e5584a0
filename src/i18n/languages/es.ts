/** Español: las palabras de la interfaz del hub (the shape is the English catalogue's). */
import type { Catalogue } from './en.ts';

export const es: Catalogue = {
	name: 'Español',
	event: {
		yourTime: (time: string) => `${time} (tu hora)`,
		access: 'Accesibilidad',
		stepFree: { yes: 'Acceso sin escalones', no: 'El acceso tiene escalones' },
		captions: { yes: 'Subtítulos en vivo', no: 'Sin subtítulos en vivo' },
		interpretation: (languages: string) => `Interpretación: ${languages}`,
		childcare: { yes: 'Cuidado de niños disponible', no: 'Sin cuidado de niños' },
		quietRoom: { yes: 'Sala tranquila', no: 'Sin sala tranquila' },
	},
	page: {
		skipLink: 'Ir al contenido',
		mainNav: 'Principal',
		footerNav: 'Pie de página',
	},
};
