export const companySizes = ["MICRO", "SMALL", "MEDIUM", "LARGE"] as const;
export type CompanySize = (typeof companySizes)[number];

/** EU SME bands by head count (Recommendation 2003/361/EC). */
export function sizeFromEmployees(employees: number | null | undefined): CompanySize | null {
  if (employees == null) return null;
  if (employees < 10) return "MICRO";
  if (employees < 50) return "SMALL";
  if (employees < 250) return "MEDIUM";
  return "LARGE";
}
