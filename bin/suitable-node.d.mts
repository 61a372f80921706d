export function isSuitable(version: string): boolean;
export function toolsNode(rootUrl: URL): string | undefined;
