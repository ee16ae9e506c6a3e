import type { MyClaim } from "@cluster-match/shared/schemas/reach";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Section } from "../../components/Section.tsx";
import { formatDate } from "../../lib/format.ts";
import { firmName } from "../../lib/displayName.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useMyClaims } from "./useClaims.ts";

/** The user's claims of firms, on their workspace: nothing at all until they made one. */
export function MyClaims() {
  const { t } = useTranslation();
  const claims = useMyClaims();
  const items = (claims.data ?? []).filter((c) => c.status !== "CANCELLED");
  if (items.length === 0) return null;
  return (
    <Section title={t("reach.claims.mine.title")} className="net-panel">
      <ul className="net-plain-list">
        {items.map((claim) => (
          <ClaimLine key={claim.id} claim={claim} />
        ))}
      </ul>
    </Section>
  );
}

function ClaimLine({ claim }: { claim: MyClaim }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = firmName(claim.company, locale);
  const open = claim.status === "AWAITING_CODE" || claim.status === "AWAITING_APPROVAL";
  return (
    <li>
      {claim.status === "APPROVED" ? (
        <Link to={`/workspace/companies/${claim.company.id}`}>{name}</Link>
      ) : open ? (
        <Link to={`/claim/company/${claim.company.slug}`}>{name}</Link>
      ) : (
        name
      )}{" "}
      — {t(`reach.claims.status.${claim.status}`)} <span className="muted small">({formatDate(claim.decidedAt ?? claim.createdAt, locale)})</span>
      {claim.rejectReason && <span className="muted small"> · {t("reach.claims.mine.reason", { reason: claim.rejectReason })}</span>}
    </li>
  );
}
