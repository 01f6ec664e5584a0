/**
 * Español: las palabras de la interfaz del hub (the shape is the English catalogue's). Written for a
 * neutral Latin American audience, as in the United States (`es-US`): "boletos", "en línea", "video";
 * calls to action speak to the visitor as "tú", as organizing pages in Spanish do.
 */
import type { Catalogue } from './en.ts';

export const es: Catalogue = {
	name: 'Español',
	actionKinds: {
		'learn-more': { button: 'Más información', label: 'Más información' },
		'visit-website': { button: 'Visita el sitio web', label: 'Sitio web' },
		'sign-up': { button: 'Inscríbete', label: 'Inscripción' },
		register: { button: 'Regístrate', label: 'Registro' },
		'buy-tickets': { button: 'Compra tus boletos', label: 'Boletos' },
		donate: { button: 'Dona', label: 'Donación' },
		volunteer: { button: 'Únete al voluntariado', label: 'Voluntariado' },
		petition: { button: 'Firma la petición', label: 'Petición' },
		pledge: { button: 'Firma el compromiso', label: 'Compromiso' },
		attend: { button: 'Confirma tu asistencia', label: 'Evento' },
	},
	resourceKinds: {
		guide: 'Guía',
		toolkit: 'Kit de herramientas',
		template: 'Plantilla',
		checklist: 'Lista de verificación',
		video: 'Video',
		recording: 'Grabación',
		article: 'Artículo',
		link: 'Enlace',
	},
	catalysts: {
		expertise: { name: 'Conocimientos compartidos', question: 'Lo que sabemos y nos enseñamos unos a otros' },
		passions: { name: 'Pasiones compartidas', question: 'Lo que nos encanta hacer juntos' },
		beliefs: { name: 'Convicciones compartidas', question: 'Lo que defendemos' },
		situations: { name: 'Situaciones compartidas', question: 'Lo que enfrentamos juntos' },
	},
	collections: {
		actions: { title: 'Actúa', intro: 'Oportunidades para actuar: firmar, inscribirse, ayudar como voluntario, asistir.' },
		stories: { title: 'Historias', intro: 'La comunidad, contada a través de sus eventos, sus logros y su gente.' },
		members: { title: 'Miembros', intro: 'Las personas de la comunidad, lo que saben y cómo contactarlas.' },
		resources: { title: 'Recursos', intro: 'Guías, kits de herramientas, plantillas y grabaciones: lo que saben los miembros, compartido.' },
	},
	entryLabels: {
		story: 'Historia',
		leader: 'Líder de la comunidad',
		spotlight: 'Miembro destacado',
	},
	details: {
		when: 'Cuándo',
		where: 'Dónde',
		online: 'En línea',
		onlineEvent: 'Evento en línea',
		joinLink: 'Enlace para unirse',
		onlineOnly: 'En línea',
		deadline: 'Fecha límite',
		closed: 'Cerrada',
		by: 'Hasta',
	},
	dates: {
		by: (when) => `Hasta el ${when}`,
		updated: (date) => `Actualizado el ${date}`,
	},
	shareLinks: {
		email: 'Correo electrónico',
		sms: 'Mensaje de texto',
	},
	page: {
		skipLink: 'Ir al contenido',
		mainNav: 'Principal',
		footerNav: 'Pie de página',
	},
};
