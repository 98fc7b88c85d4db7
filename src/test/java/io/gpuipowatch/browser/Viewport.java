package io.gpuipowatch.browser;

/** The two widths every flow runs at: a laptop screen and a phone. */
enum Viewport {

	DESKTOP(1366, 900), PHONE(390, 844);

	final int width;

	final int height;

	Viewport(int width, int height) {
		this.width = width;
		this.height = height;
	}

}
