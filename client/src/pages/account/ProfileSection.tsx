import { updateAccountInputSchema } from "@cluster-match/shared";
import type { UiLocale } from "@cluster-match/shared/i18n";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/Section.tsx";
import { defaultLocale, isUiLocale } from "../../i18n/index.ts";
import { meQueryKeyPrefix } from "../../lib/useMe.ts";
import { useTRPC } from "../../trpc.ts";
import { FormError, FormStatus, LanguageField, NameField } from "./FormParts.tsx";

/** Name and language (of the interface and of e-mails); a new language applies at once. */
export function ProfileSection({ name: savedName, locale: savedLocale }: { name: string; locale: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(savedName);
  const [locale, setLocale] = useState<UiLocale>(isUiLocale(savedLocale) ? savedLocale : defaultLocale);
  const [invalidName, setInvalidName] = useState(false);
  const update = useMutation(
    trpc.accounts.update.mutationOptions({
      onSuccess: async (_result, input) => {
        // changeLanguage also stores the choice in this browser (i18n/index.ts).
        if (input.locale && input.locale !== i18n.language) await i18n.changeLanguage(input.locale);
        await queryClient.invalidateQueries({ queryKey: meQueryKeyPrefix(trpc) });
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = updateAccountInputSchema.safeParse({ name, locale });
    setInvalidName(!parsed.success);
    if (parsed.success) update.mutate(parsed.data);
  };

  return (
    <Section title={t("accounts.profile.title")}>
      <form className="form-stack" onSubmit={submit} noValidate>
        <NameField value={name} onChange={setName} invalid={invalidName} />
        <LanguageField label={t("accounts.fields.language")} hint={t("accounts.fields.languageHint")} value={locale} onChange={setLocale} />
        {update.isError && <FormError error={update.error} />}
        {update.isSuccess && <FormStatus>{t("accounts.profile.saved")}</FormStatus>}
        <div>
          <button type="submit" className="button" disabled={update.isPending}>
            {t("accounts.form.save")}
          </button>
        </div>
      </form>
    </Section>
  );
}
