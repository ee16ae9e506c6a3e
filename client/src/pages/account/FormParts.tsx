import { uiLocales, type UiLocale } from "@cluster-match/shared/i18n";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FieldNotes } from "../../components/form/FieldNotes.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { describedBy } from "../../lib/describedBy.ts";
import { isUiLocale } from "../../i18n/index.ts";
import { passwordLength, passwordState } from "../../lib/passwordPolicy.ts";

/** A new password with a live hint on the length rule (10–128 characters), shared with the server. */
export function NewPasswordField({ label, value, onChange, error }: { label: string; value: string; onChange: (value: string) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const state = passwordState(value);
  const hint =
    state.kind === "short"
      ? t("account.password.missing", { count: state.missing })
      : state.kind === "long"
        ? t("account.password.excess", { count: state.excess })
        : state.kind === "ok"
          ? t("account.password.ok")
          : t("account.password.rule", { min: passwordLength.min, max: passwordLength.max });
  return (
    <TextField
      look="account"
      label={label}
      type="password"
      autoComplete="new-password"
      required
      maxLength={passwordLength.max}
      value={value}
      onChange={onChange}
      hint={<span data-state={state.kind}>{hint}</span>}
      error={error}
    />
  );
}

/** The narrow frame of the sign-in, sign-up and password pages. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="auth-frame">
      <h1>{title}</h1>
      {children}
    </div>
  );
}

// Each language is named in itself, as in the header's switch, so everyone finds their own.
const languageNames: Record<UiLocale, string> = { bg: "Български", en: "English", de: "Deutsch" };

/** Chooses the language of the interface and of the e-mails the platform sends. */
export function LanguageField({ label, hint, value, onChange }: { label: string; hint?: string; value: UiLocale; onChange: (value: UiLocale) => void }) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="form-select"
        value={value}
        aria-describedby={describedBy(id, hint, undefined)}
        onChange={(event) => {
          if (isUiLocale(event.target.value)) onChange(event.target.value);
        }}
      >
        {uiLocales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {languageNames[locale]}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} />
    </div>
  );
}

type ControlledText = { value: string; onChange: (value: string) => void; invalid: boolean };

/** The account's e-mail address; `autoComplete` is "username" where it signs in. */
export function EmailField({ value, onChange, invalid, autoComplete = "email" }: ControlledText & { autoComplete?: "email" | "username" }) {
  const { t } = useTranslation();
  return (
    <TextField
      look="account"
      label={t("account.fields.email")}
      type="email"
      autoComplete={autoComplete}
      required
      value={value}
      onChange={onChange}
      error={invalid ? t("account.fields.emailError") : undefined}
    />
  );
}

/** The person's name as others see it. */
export function NameField({ value, onChange, invalid }: ControlledText) {
  const { t } = useTranslation();
  return (
    <TextField
      look="account"
      label={t("account.fields.name")}
      autoComplete="name"
      required
      maxLength={100}
      value={value}
      onChange={onChange}
      error={invalid ? t("account.fields.nameError") : undefined}
    />
  );
}

/** The password the person has now (signing in, confirming a change or a deletion). */
export function CurrentPasswordField({ label, value, onChange, invalid }: ControlledText & { label: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      look="account"
      label={label}
      type="password"
      autoComplete="current-password"
      required
      maxLength={128}
      value={value}
      onChange={onChange}
      error={invalid ? t("account.fields.currentPasswordError") : undefined}
    />
  );
}

/** The new password typed a second time. */
export function RepeatPasswordField({ value, onChange, invalid }: ControlledText) {
  const { t } = useTranslation();
  return (
    <TextField
      look="account"
      label={t("account.fields.repeatPassword")}
      type="password"
      autoComplete="new-password"
      required
      maxLength={128}
      value={value}
      onChange={onChange}
      error={invalid ? t("account.fields.repeatError") : undefined}
    />
  );
}
