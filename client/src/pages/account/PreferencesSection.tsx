import { notificationTopics, type NotificationPrefs, type NotificationTopic } from "@cluster-match/shared";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../components/QueryStates.tsx";
import { Section } from "../../components/Section.tsx";
import { ServerError } from "../../components/form/ServerError.tsx";
import { Done } from "../../components/form/Done.tsx";
import { usePreferences, useSavePreferences } from "./useAccount.ts";

const channels = ["email", "inApp"] as const;

/** Which notifications arrive, per topic and channel. */
export function PreferencesSection() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  return (
    <Section title={t("account.preferences.title")}>
      <p className="muted">{t("account.preferences.intro")}</p>
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
  const [draft, setDraft] = useState(saved);
  const save = useSavePreferences();
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
          <caption className="visually-hidden">{t("account.preferences.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("account.preferences.topic")}</th>
              {channels.map((channel) => (
                <th key={channel} scope="col" className="prefs-channel">
                  {t(`account.preferences.channel.${channel}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {notificationTopics.map((topic) => (
              <tr key={topic}>
                <th scope="row">
                  <span className="block">{t(`account.preferences.topics.${topic}.label`)}</span>
                  <span className="muted small">{t(`account.preferences.topics.${topic}.hint`)}</span>
                </th>
                {channels.map((channel) => (
                  <td key={channel} className="prefs-channel">
                    <input
                      type="checkbox"
                      className="prefs-checkbox"
                      checked={draft[channel][topic]}
                      onChange={(event) => toggle(channel, topic, event.target.checked)}
                      aria-label={t("account.preferences.switch", {
                        topic: t(`account.preferences.topics.${topic}.label`),
                        channel: t(`account.preferences.channel.${channel}`),
                      })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {save.isError && <ServerError look="account" error={save.error} />}
      {save.isSuccess && <Done look="account">{t("account.preferences.saved")}</Done>}
      <div>
        <button type="submit" className="button" disabled={save.isPending}>
          {t("account.form.save")}
        </button>
      </div>
    </form>
  );
}
