/** Types of scripts/build-node.mjs for the tests that build the bundle. */
export declare const NODE_ENTRIES: Record<string, string>;
export declare function buildNode(outdir?: string): Promise<string>;
