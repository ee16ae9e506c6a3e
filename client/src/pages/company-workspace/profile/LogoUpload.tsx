import { logoMaxBytes } from "@cluster-match/shared/schemas/company-editor";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { appCodeOf } from "../../../lib/errors.ts";
import { formatNumber } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { fieldId } from "../../../components/form/Field.tsx";
import { useLogoActions } from "../useWorkspace.ts";

const acceptedTypes = ["image/png", "image/jpeg", "image/webp"];

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

/**
 * The logo: a preview, a file input and a remove button. The server checks the content and
 * re-encodes it; here we only spare the user an upload that is sure to be refused. The logo
 * goes into the working copy at `version`; a newer one there is the editor's conflict to show.
 */
export function LogoUpload({
  companyId,
  logoUrl,
  companyName,
  version,
  onChange,
  onConflict,
}: {
  companyId: string;
  logoUrl: string | null;
  companyName: string;
  version: number;
  onChange: (logo: { logoKey: string | null; logoUrl: string | null; version: number }) => void;
  onConflict: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { upload, remove } = useLogoActions();
  const maxMb = formatNumber(logoMaxBytes / 1024 / 1024, locale);

  const onFile = async (file: File | undefined) => {
    setProblem(null);
    setStatus(null);
    if (!file) return;
    if (file.size > logoMaxBytes) return setProblem(t("companyWorkspace.logo.tooLarge", { max: maxMb }));
    if (file.type && !acceptedTypes.includes(file.type)) return setProblem(t("companyWorkspace.logo.unsupported"));
    try {
      const result = await upload.mutateAsync({ companyId, fileName: file.name, dataBase64: await readAsBase64(file), version });
      onChange({ logoKey: result.logoKey, logoUrl: result.logoUrl, version: result.version });
      setStatus(t("companyWorkspace.logo.uploaded"));
    } catch (error) {
      const code = appCodeOf(error);
      if (code === "EDIT_CONFLICT") return onConflict(error);
      setProblem(code === "FILE_TOO_LARGE" ? t("companyWorkspace.logo.tooLarge", { max: maxMb }) : code === "UNSUPPORTED_FILE" ? t("companyWorkspace.logo.unsupported") : t(`errors.${code}`));
    } finally {
      if (input.current) input.current.value = "";
    }
  };

  const onRemove = async () => {
    setProblem(null);
    try {
      const result = await remove.mutateAsync({ companyId, version });
      onChange({ logoKey: null, logoUrl: null, version: result.version });
      setStatus(t("companyWorkspace.logo.removed"));
    } catch (error) {
      if (appCodeOf(error) === "EDIT_CONFLICT") return onConflict(error);
      setProblem(t(`errors.${appCodeOf(error)}`));
    }
  };

  return (
    <div className="ce-logo">
      <div className="ce-logo-preview">
        {logoUrl ? <img src={logoUrl} alt={t("companyWorkspace.logo.alt", { name: companyName })} data-testid="logo-preview" /> : <span className="muted">{t("companyWorkspace.logo.none")}</span>}
      </div>
      <div className="ce-logo-controls">
        <label htmlFor={fieldId("logoKey")} className="ce-label">
          {t("companyWorkspace.logo.choose")}
        </label>
        <input
          ref={input}
          id={fieldId("logoKey")}
          type="file"
          accept={acceptedTypes.join(",")}
          aria-describedby={hintId}
          aria-invalid={problem ? true : undefined}
          disabled={upload.isPending}
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
        <p id={hintId} className="field-hint">
          {t("companyWorkspace.logo.hint", { max: maxMb })}
        </p>
        {logoUrl && (
          <button type="button" className="button button-secondary" onClick={() => void onRemove()} disabled={remove.isPending}>
            {t("companyWorkspace.logo.remove")}
          </button>
        )}
        {upload.isPending && <p role="status">{t("companyWorkspace.logo.uploading")}</p>}
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        {status && (
          <p className="ce-status" role="status">
            {status}
          </p>
        )}
      </div>
    </div>
  );
}
