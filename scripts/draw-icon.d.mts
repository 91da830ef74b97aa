/** Types of scripts/draw-icon.mjs for its test. */
export declare const ICO_SIZES: number[];
export declare function renderPng(svg: Buffer | string, size: number): Buffer;
export declare function packIco(images: { size: number; png: Buffer }[]): Buffer;
export declare function drawIcons(outDir?: string): void;
