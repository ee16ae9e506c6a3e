import { inquiryMessageSchema, inquiryQuantitySchema, inquirySubjectSchema } from "@cluster-match/shared/schemas/inquiries";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { BackLink } from "../../components/BackLink.tsx";
import { CompanyChooser } from "../../components/CompanyChooser.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { LoadingState } from "../../components/QueryStates.tsx";
import { fieldId } from "../../components/form/Field.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { useProblemText } from "../../components/form/useProblemText.ts";
import { appCodeOf } from "../../lib/errors.ts";
import { intlLocale } from "../../lib/format.ts";
import { lengthProblem } from "../../lib/lengthProblem.ts";
import { readableName } from "../../lib/places.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { useTRPC } from "../../trpc.ts";
import { useInquirySelection } from "./inquirySelection.ts";
import { formatBytes, useAttachmentUploads, type AttachmentItem } from "./useAttachmentUploads.ts";

const today = () => new Date().toISOString().slice(0, 10);

/** The request for quotation to the selected firms: what, how many, by when, with drawings. */
export function NewInquiryPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const selection = useInquirySelection();
  const senders = useQuery(trpc.inquiries.senderOptions.queryOptions());
  const [chosen, setChosen] = useState("");
  const companyId = chosen || senders.data?.[0]?.companyId || "";
  const [subject, setSubject] = useState("");
  const [message, setMessage] = useState("");
  const [quantity, setQuantity] = useState("");
  const [replyBy, setReplyBy] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const uploads = useAttachmentUploads();
  const problemText = useProblemText();
  const send = useMutation(
    trpc.inquiries.send.mutationOptions({
      onSuccess: (result) => {
        selection.clear();
        void navigate(`/inquiries/${encodeURIComponent(companyId)}/${encodeURIComponent(result.id)}?sent=1`);
      },
    }),
  );

  const errors = {
    subject: submitted ? problemText(lengthProblem(inquirySubjectSchema, subject)) : undefined,
    message: submitted ? problemText(lengthProblem(inquiryMessageSchema, message)) : undefined,
    quantity: submitted ? problemText(lengthProblem(inquiryQuantitySchema, quantity)) : undefined,
    replyBy: submitted && replyBy !== "" && replyBy < today() ? t("inquiries.new.replyByPast") : undefined,
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const invalid = [
      ["subject", lengthProblem(inquirySubjectSchema, subject)],
      ["message", lengthProblem(inquiryMessageSchema, message)],
      ["quantity", lengthProblem(inquiryQuantitySchema, quantity)],
      ["replyBy", replyBy !== "" && replyBy < today()],
    ].find(([, problem]) => problem)?.[0] as string | undefined;
    if (invalid) {
      document.getElementById(fieldId(invalid))?.focus();
      return;
    }
    if (uploads.uploading || selection.firms.length === 0 || !companyId) return;
    send.mutate({
      companyId,
      recipientIds: selection.firms.map((f) => f.id),
      subject,
      message,
      quantity,
      replyBy: replyBy || null,
      attachments: uploads.ready,
    });
  };

  return (
    <>
      <PageTitle title={t("inquiries.new.title")} />
      <BackLink to="/search" label={t("inquiries.new.back")} />
      <div className="page-header">
        <h1>{t("inquiries.new.title")}</h1>
        <p className="lead">{t("inquiries.new.intro")}</p>
      </div>
      {senders.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : !senders.data || senders.data.length === 0 ? (
        <p className="net-alert" role="alert">
          {t("inquiries.new.noFirm")} <Link to="/workspace">{t("inquiries.new.toWorkspace")}</Link>
        </p>
      ) : (
        <form className="net-form inq-form" noValidate onSubmit={onSubmit} aria-describedby="inq-form-note">
          <p id="inq-form-note" className="muted small">
            {t("inquiries.new.note")}
          </p>
          <CompanyChooser label={t("inquiries.new.from")} companies={senders.data} value={companyId} onChange={setChosen} />
          <Recipients />
          <TextField look="network" name="subject" label={t("inquiries.new.subject")} hint={t("inquiries.new.subjectHint")} value={subject} onChange={setSubject} error={errors.subject} required maxLength={200} />
          <TextAreaField look="network" name="message" label={t("inquiries.new.message")} hint={t("inquiries.new.messageHint")} value={message} onChange={setMessage} error={errors.message} required rows={8} countTo={8000} />
          <div className="inq-form-row">
            <TextField look="network" name="quantity" label={t("inquiries.new.quantity")} hint={t("inquiries.new.quantityHint")} value={quantity} onChange={setQuantity} error={errors.quantity} maxLength={200} />
            <TextField look="network" name="replyBy" type="date" label={t("inquiries.new.replyBy")} value={replyBy} onChange={setReplyBy} error={errors.replyBy} min={today()} />
          </div>
          <Attachments uploads={uploads} />
          <ServerError
            look="network"
            error={send.error}
            messages={{
              NOT_FOUND: t("inquiries.new.errors.NOT_FOUND"),
              INVALID_STATE: t("inquiries.new.errors.INVALID_STATE"),
              UNSUPPORTED_FILE: t("inquiries.new.errors.UNSUPPORTED_FILE"),
              FILE_TOO_LARGE: t("inquiries.new.errors.FILE_TOO_LARGE"),
              VALIDATION: t("inquiries.new.errors.VALIDATION"),
              RATE_LIMITED: t("inquiries.new.errors.RATE_LIMITED"),
            }}
          />
          {send.error && appCodeOf(send.error) === "NOT_FOUND" && <p className="muted small">{t("inquiries.new.errors.notFoundHelp")}</p>}
          <p className="form-actions">
            <button type="submit" className="button" disabled={send.isPending || uploads.uploading || selection.firms.length === 0}>
              {send.isPending ? t("inquiries.new.sending") : t("inquiries.new.send", { count: selection.firms.length })}
            </button>
            {uploads.uploading && <span className="muted small"> {t("inquiries.new.waitForUploads")}</span>}
          </p>
        </form>
      )}
    </>
  );
}

/** The selected firms, each removable; a link back to the search when none is left. */
function Recipients() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { firms, remove } = useInquirySelection();
  return (
    <fieldset className="inq-recipients">
      <legend>{t("inquiries.new.recipients", { count: firms.length })}</legend>
      {firms.length === 0 ? (
        <p className="net-alert" role="alert">
          {t("inquiries.new.noRecipients")} <Link to="/search">{t("inquiries.new.toSearch")}</Link>
        </p>
      ) : (
        <ul className="inq-chips" data-testid="inquiry-recipients">
          {firms.map((firm) => {
            const name = readableName(firm.name, firm.nameLatin, locale);
            return (
              <li key={firm.id}>
                <span>{name}</span>
                <button type="button" className="button-link" onClick={() => remove(firm.id)} aria-label={t("inquiries.new.remove", { name })}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted small">{t("inquiries.new.recipientsHint")}</p>
    </fieldset>
  );
}

function Attachments({ uploads }: { uploads: ReturnType<typeof useAttachmentUploads> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="net-field inq-attachments">
      <label htmlFor="field-attachments">{t("inquiries.new.attachments")}</label>
      <p id="field-attachments-hint" className="muted small">
        {t("inquiries.new.attachmentsHint")}
      </p>
      <input
        id="field-attachments"
        type="file"
        multiple
        accept=".pdf,.dxf,.step,.stp,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
        aria-describedby="field-attachments-hint"
        onChange={(event) => {
          if (event.target.files) uploads.add(event.target.files);
          event.target.value = "";
        }}
      />
      {uploads.items.length > 0 && (
        <ul className="inq-files" aria-live="polite">
          {uploads.items.map((item) => (
            <AttachmentRow key={item.key} item={item} locale={intlLocale(locale)} onRemove={() => uploads.remove(item.key)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function AttachmentRow({ item, locale, onRemove }: { item: AttachmentItem; locale: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <li className={item.state === "error" ? "inq-file inq-file-error" : "inq-file"} data-testid="inquiry-file">
      <span className="inq-file-name">{item.fileName}</span> <span className="muted small">{formatBytes(item.size, locale)}</span>{" "}
      {item.state === "uploading" && <span className="muted small">{t("inquiries.new.uploading")}</span>}
      {item.state === "ready" && <span className="small">{t("inquiries.new.uploaded")}</span>}
      {item.state === "error" && (
        <span className="net-alert-inline" role="alert">
          {t(`inquiries.fileErrors.${item.reason}`, { name: item.fileName })}
        </span>
      )}{" "}
      <button type="button" className="button-link" onClick={onRemove} aria-label={t("inquiries.new.removeFile", { name: item.fileName })}>
        {t("inquiries.new.removeFileShort")}
      </button>
    </li>
  );
}
