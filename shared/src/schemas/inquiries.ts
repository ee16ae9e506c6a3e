// zod schemas of this area (see server/src/inquiries).
export {};
