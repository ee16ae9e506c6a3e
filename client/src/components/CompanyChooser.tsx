import { useId } from "react";

/** Which of the user's companies acts: a select when there is a choice, a plain line otherwise. */
export function CompanyChooser({
  label,
  companies,
  value,
  onChange,
}: {
  label: string;
  companies: { companyId: string; name: string }[];
  value: string;
  onChange: (companyId: string) => void;
}) {
  const id = useId();
  if (companies.length === 1) {
    return (
      <p className="net-acting">
        {label}: <strong>{companies[0]!.name}</strong>
      </p>
    );
  }
  return (
    <div className="net-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {companies.map((c) => (
          <option key={c.companyId} value={c.companyId}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
