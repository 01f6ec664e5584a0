interface ImportMetaEnv {
	/** True in the dev server, where drafts and scheduled entries are shown, marked. Set by the content check integration. */
	readonly HUB_PREVIEW: boolean;
}
