/** The manifest's function file: the ribbon button only opens the pane, so there is nothing to run here. */
Office.onReady(() => undefined);
