import type { PlaceSuggestion } from "@cluster-match/shared/schemas/places";
import { bgToLatin, hasCyrillic } from "@cluster-match/shared/transliteration";
import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { useEffect, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { countryName } from "../lib/format.ts";
import { useLocale } from "../lib/useLocale.ts";
import { useTRPC } from "../trpc.ts";
import { FieldLabel, useFieldId, fieldFrameClass, type FieldLook } from "./form/Field.tsx";

/** The city as a form holds it: the name in its own script, its Latin form, and the place picked (null: typed only). */
export interface CityValue {
  city: string;
  cityLatin: string;
  placeId: number | null;
}

/** What was typed, a moment after the typing stops (one request per pause, not per key). */
function useSettled(text: string, delayMs = 150): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
  return settled;
}

/**
 * The city field: suggests places of the chosen country from the gazetteer as one types, in
 * Cyrillic or Latin letters ("Плов", "plov", "Muenchen"), and takes the one picked; the map
 * position and the region follow from it on the server, so nobody types coordinates or NUTS
 * codes. A WAI-ARIA combobox: arrows move through the suggestions, Enter takes the one moved to,
 * Escape closes them. A city typed without picking is kept as typed.
 */
export function CityPicker({
  look,
  name,
  label,
  country,
  value,
  onChange,
  error,
  required,
}: {
  look: FieldLook;
  name: string;
  label: string;
  country: string;
  value: CityValue;
  onChange: (value: CityValue) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trpc = useTRPC();
  const id = useFieldId(name);
  const listId = `${id}-places`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [picked, setPicked] = useState<PlaceSuggestion | null>(null);
  const q = useSettled(value.city.trim());
  const searching = q.length > 0 && value.placeId === null;
  const suggestions = useQuery({
    ...trpc.places.suggest.queryOptions(searching ? { q, country, locale } : skipToken),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const places = searching ? (suggestions.data ?? []) : [];
  const expanded = open && places.length > 0;
  const highlighted = active < places.length ? active : -1;
  const shown = picked && value.placeId === picked.placeId ? picked : null;

  const choose = (place: PlaceSuggestion | undefined) => {
    if (!place) return;
    setPicked(place);
    onChange({ city: place.nameLocal, cityLatin: place.nameLatin, placeId: place.placeId });
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (places.length === 0 ? -1 : (i + 1) % places.length));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (places.length === 0 ? -1 : i <= 0 ? places.length - 1 : i - 1));
    } else if (event.key === "Enter" && expanded && highlighted >= 0) {
      // Enter takes the suggestion moved to instead of submitting the form around the picker.
      event.preventDefault();
      choose(places[highlighted]);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const placeLine = (p: PlaceSuggestion) => [p.regionName, countryName(p.country, locale)].filter(Boolean).join(", ");
  const hint = shown
    ? t("places.picker.placed", { place: shown.name, region: placeLine(shown) })
    : value.placeId !== null
      ? t("places.picker.placedEarlier")
      : t("places.picker.hint");
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    <div className={`${fieldFrameClass[look]} place-picker`}>
      <FieldLabel look={look} id={id} label={label} required={required} />
      <div className="ce-combobox">
        <input
          id={id}
          type="text"
          className="text-input"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && highlighted >= 0 ? `${listId}-${highlighted}` : undefined}
          aria-describedby={[hintId, error ? errorId : ""].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          required={required}
          maxLength={100}
          value={value.city}
          onChange={(event) => {
            const city = event.target.value;
            // The Latin name of a picked place no longer fits once the name is retyped; one typed by hand stays.
            onChange({ city, cityLatin: value.placeId !== null ? (hasCyrillic(city) ? bgToLatin(city) : city) : value.cityLatin, placeId: null });
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t("places.picker.suggestions")} className="ce-options" hidden={!expanded}>
          {places.map((place, i) => (
            <li
              key={place.placeId}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === highlighted}
              className="ce-option"
              data-testid="place-option"
              // Keep the focus in the input: choosing must not blur it first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(place)}
            >
              <span className="ce-option-label">{place.name}</span>
              {place.name !== place.nameLocal && <span className="ce-option-matched">{place.nameLocal}</span>}
              <span className="ce-option-matched">{placeLine(place)}</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" role="status">
        {open && searching && suggestions.data ? t("places.picker.count", { count: places.length }) : ""}
      </p>
      <p id={hintId} className="field-hint" data-testid="place-hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
