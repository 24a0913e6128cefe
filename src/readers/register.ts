/** Registers the readers of binary and markup formats (loaded on first use). */
export {};
