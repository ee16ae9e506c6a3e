import { Link } from "react-router";

/** The link back to where a page belongs, above its heading; the arrow is decoration. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {label}
      </Link>
    </p>
  );
}
