import { notificationTopics, type NotificationPrefs, type NotificationTopic } from "@cluster-match/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { Section } from "../../components/Section.tsx";
import { useTRPC } from "../../trpc.ts";
import { FormError, FormStatus } from "./FormParts.tsx";

const channels = ["email", "inApp"] as const;

/** Which notifications arrive, per topic and channel. */
export function PreferencesSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const prefs = useQuery(trpc.accounts.preferences.queryOptions());
  return (
    <Section title={t("accounts.preferences.title")}>
      <p className="muted">{t("accounts.preferences.intro")}</p>
      {prefs.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : prefs.isError ? (
        <ErrorState error={prefs.error} onRetry={() => void prefs.refetch()} withTitle={false} />
      ) : (
        <PreferencesForm saved={prefs.data} />
      )}
    </Section>
  );
}

function PreferencesForm({ saved }: { saved: NotificationPrefs }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(saved);
  const save = useMutation(
    trpc.accounts.updatePreferences.mutationOptions({
      onSuccess: (stored) => queryClient.setQueryData(trpc.accounts.preferences.queryKey(), stored),
    }),
  );
  const toggle = (channel: (typeof channels)[number], topic: NotificationTopic, on: boolean) => {
    save.reset();
    setDraft((current) => ({ ...current, [channel]: { ...current[channel], [topic]: on } }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft);
  };

  return (
    <form className="form-stack" onSubmit={submit}>
      <div className="table-scroll">
        <table className="data-table prefs-table">
          <caption className="visually-hidden">{t("accounts.preferences.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("accounts.preferences.topic")}</th>
              {channels.map((channel) => (
                <th key={channel} scope="col" className="prefs-channel">
                  {t(`accounts.preferences.channel.${channel}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {notificationTopics.map((topic) => (
              <tr key={topic}>
                <th scope="row">
                  <span className="block">{t(`accounts.preferences.topics.${topic}.label`)}</span>
                  <span className="muted small">{t(`accounts.preferences.topics.${topic}.hint`)}</span>
                </th>
                {channels.map((channel) => (
                  <td key={channel} className="prefs-channel">
                    <input
                      type="checkbox"
                      className="prefs-checkbox"
                      checked={draft[channel][topic]}
                      onChange={(event) => toggle(channel, topic, event.target.checked)}
                      aria-label={t("accounts.preferences.switch", {
                        topic: t(`accounts.preferences.topics.${topic}.label`),
                        channel: t(`accounts.preferences.channel.${channel}`),
                      })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {save.isError && <FormError error={save.error} />}
      {save.isSuccess && <FormStatus>{t("accounts.preferences.saved")}</FormStatus>}
      <div>
        <button type="submit" className="button" disabled={save.isPending}>
          {t("accounts.form.save")}
        </button>
      </div>
    </form>
  );
}
