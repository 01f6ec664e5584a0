interface ImportMetaEnv {
	/** True in the dev server, where drafts and scheduled entries are shown, marked. Set by the community-hub integration. */
	readonly HUB_PREVIEW: boolean;
}
