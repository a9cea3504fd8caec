"""The child record: the header, its tabs, the About me form, the network and contexts, the ecomap, putting an entry right."""
