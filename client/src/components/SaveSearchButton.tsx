import type { CompanySearchInput, OpportunitySearchInput } from "@cluster-match/shared/schemas/search";
import { savedSearchNameSchema, type DigestFrequency } from "@cluster-match/shared/schemas/saved-searches";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useMe } from "../lib/useMe.ts";
import { DigestFrequencyOptions } from "./DigestFrequencyOptions.tsx";
import { Done } from "./form/Done.tsx";
import { lengthProblem } from "../lib/lengthProblem.ts";
import { ServerError } from "./form/ServerError.tsx";
import { useProblemText } from "./form/useProblemText.ts";
import { useTRPC } from "../trpc.ts";
import { TextField } from "./form/TextField.tsx";

/** What a saved search keeps: the search input of its kind. */
type SavedQuery = { kind?: "COMPANIES"; query: CompanySearchInput } | { kind: "OPPORTUNITIES"; query: OpportunitySearchInput };

/**
 * Saves what a search page shows now (`query`, from its URL state) under a name, with a digest
 * frequency (weekly unless the user picks another).
 */
export function SaveSearchButton(props: SavedQuery) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  // A changed search is a new one to save: the form and its confirmation start over.
  const searchKey = location.search;
  const [formFor, setFormFor] = useState(searchKey);
  if (formFor !== searchKey) {
    setFormFor(searchKey);
    setOpen(false);
  }

  if (me.isPending || me.isError) return null;
  if (!me.data) {
    return (
      <p className="net-save-search">
        <Link to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>{t("network.saveSearch.signIn")}</Link>
      </p>
    );
  }
  return (
    <div className="net-save-search">
      {open ? (
        <SaveSearchForm key={searchKey} saved={props} onCancel={() => setOpen(false)} />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t("network.saveSearch.open")}
        </button>
      )}
    </div>
  );
}

function SaveSearchForm({ saved, onCancel }: { saved: SavedQuery; onCancel: () => void }) {
  const { query } = saved;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const problemText = useProblemText();
  const id = useId();
  const [name, setName] = useState((query.q ?? "").slice(0, 100) || t("network.saveSearch.defaultName"));
  const [frequency, setFrequency] = useState<DigestFrequency>("WEEKLY");
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation(
    trpc.savedSearches.create.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.savedSearches.pathKey() }),
    }),
  );
  const problem = lengthProblem(savedSearchNameSchema, name);

  if (save.isSuccess) {
    return (
      <Done look="network">
        <p>
          {t("network.saveSearch.saved")} <Link to="/saved-searches">{t("network.saveSearch.manage")}</Link>
        </p>
      </Done>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem || save.isPending) return;
    save.mutate(saved.kind === "OPPORTUNITIES" ? { name, kind: "OPPORTUNITIES", query: saved.query, frequency } : { name, kind: "COMPANIES", query: saved.query, frequency });
  };
  const error = submitted ? problemText(problem) : undefined;
  return (
    <form className="net-form net-save-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="net-form-title">
        {t("network.saveSearch.title")}
      </h2>
      <TextField look="network" label={t("network.saveSearch.nameLabel")} value={name} maxLength={120} required error={error} onChange={setName} />
      <div className="net-field">
        <label htmlFor={`${id}-frequency`}>{t("network.saveSearch.frequencyLabel")}</label>
        <select id={`${id}-frequency`} value={frequency} onChange={(event) => setFrequency(event.target.value as DigestFrequency)}>
          <DigestFrequencyOptions />
        </select>
      </div>
      <ServerError look="network" error={save.error} />
      <div className="actions-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t("network.saveSearch.saving") : t("network.saveSearch.submit")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("network.saveSearch.cancel")}
        </button>
      </div>
    </form>
  );
}
