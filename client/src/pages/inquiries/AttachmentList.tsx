import type { InquiryAttachment } from "@cluster-match/shared/schemas/inquiries";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { formatBytes } from "./useAttachmentUploads.ts";

const typeLabel: Record<string, string> = {
  "application/pdf": "PDF",
  "application/step": "STEP",
  "image/vnd.dxf": "DXF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
};

/** An inquiry's drawings as download links (the server sends them only to who may see them). */
export function AttachmentList({ attachments }: { attachments: InquiryAttachment[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (attachments.length === 0) return <p className="muted">{t("inquiries.extras.noAttachments")}</p>;
  return (
    <ul className="inq-files" data-testid="inquiry-attachments">
      {attachments.map((a) => (
        <li key={a.id} className="inq-file">
          <a href={a.url} download={a.fileName}>
            {a.fileName}
          </a>{" "}
          <span className="muted small">
            {typeLabel[a.contentType] ?? a.contentType}, {formatBytes(a.size, intlLocale(locale))}
          </span>
        </li>
      ))}
    </ul>
  );
}
