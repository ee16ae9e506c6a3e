// zod schemas of this area (see server/src/places).
export {};
