import { updateAccountInputSchema } from "@cluster-match/shared";
import type { UiLocale } from "@cluster-match/shared/i18n";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/Section.tsx";
import { defaultLocale, isUiLocale } from "../../i18n/index.ts";
import { ServerError } from "../../components/form/ServerError.tsx";
import { Done } from "../../components/form/Done.tsx";
import { LanguageField, NameField } from "./FormParts.tsx";
import { useUpdateAccount } from "./useAccount.ts";

/** Name and language (of the interface and of e-mails); a new language applies at once. */
export function ProfileSection({ name: savedName, locale: savedLocale }: { name: string; locale: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState(savedName);
  const [locale, setLocale] = useState<UiLocale>(isUiLocale(savedLocale) ? savedLocale : defaultLocale);
  const [invalidName, setInvalidName] = useState(false);
  const update = useUpdateAccount();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = updateAccountInputSchema.safeParse({ name, locale });
    setInvalidName(!parsed.success);
    if (parsed.success) update.mutate(parsed.data);
  };

  return (
    <Section title={t("account.profile.title")}>
      <form className="form-stack" onSubmit={submit} noValidate>
        <NameField value={name} onChange={setName} invalid={invalidName} />
        <LanguageField label={t("account.fields.language")} hint={t("account.fields.languageHint")} value={locale} onChange={setLocale} />
        {update.isError && <ServerError look="account" error={update.error} />}
        {update.isSuccess && <Done look="account">{t("account.profile.saved")}</Done>}
        <div>
          <button type="submit" className="button" disabled={update.isPending}>
            {t("account.form.save")}
          </button>
        </div>
      </form>
    </Section>
  );
}
