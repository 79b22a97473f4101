export function markReady(): void;
export function pathsAskedBeforeReady(): string[];
