// zod schemas of this area (see server/src/reach).
export {};
