import type { UiLocale } from "@cluster-match/shared/i18n";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isUiLocale } from "../i18n/index.ts";
import { useSwitchLocale } from "../i18n/LocaleRouter.tsx";
import { meQueryKeyPrefix, useMe } from "../lib/useMe.ts";
import { useLocale } from "../lib/useLocale.ts";
import { useTRPC } from "../trpc.ts";

// Each language is named in itself, so a reader finds their own language whatever the current UI language is.
const languageOptions: { value: UiLocale; label: string }[] = [
  { value: "bg", label: "Български" },
  { value: "en", label: "English" },
  { value: "de", label: "Deutsch" },
];

/**
 * The page's language. Choosing one is kept on this device (it wins over the browser's languages
 * and over a link in another language) and, for a signed-in user, in the account, which e-mails
 * and the next sign-in on another device follow.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  const switchLocale = useSwitchLocale();
  const me = useMe();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const saveToAccount = useMutation(
    trpc.accounts.update.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKeyPrefix(trpc) }) }),
  );

  async function choose(next: UiLocale) {
    await switchLocale(next);
    if (me.data && me.data.locale !== next) saveToAccount.mutate({ locale: next });
  }

  return (
    <div className="language-switch">
      <label htmlFor="language-select">{t("language.label")}</label>
      <select
        id="language-select"
        value={locale}
        onChange={(event) => {
          if (isUiLocale(event.target.value)) void choose(event.target.value);
        }}
      >
        {languageOptions.map((option) => (
          <option key={option.value} value={option.value} lang={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
