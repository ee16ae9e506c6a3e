import { useState } from "react";
import { describeConflict, editConflictOf, fieldsToTake, type EditConflictView } from "../../lib/editConflict.ts";

type Values = Record<string, unknown>;

/**
 * The edit-conflict handling of a form that saves a record at a version: when someone else saved
 * first, `refused` keeps the conflict for `EditConflict` to show; "take theirs" copies the fields
 * only they changed into the form, "save mine" saves the form over their version. Either way
 * their record becomes the form's base: `adopt` stores it, at its version, where the page keeps
 * what the form's changes are measured against and saved on.
 */
export function useEditConflict<T>({
  parse,
  adopt,
  take,
  save,
  normalize,
}: {
  /** Their record in the form's terms, or null when it does not fit (then nothing happens). */
  parse: (theirs: Values) => T | null;
  adopt: (theirs: T, version: number) => void;
  /** Copies their values of `fields` into the form. */
  take: (theirs: T, fields: string[]) => void;
  /** Saves the form on `version`. */
  save: (version: number) => void;
  /** Brings saved records into the shape the form sends, so that only real edits count. */
  normalize?: (record: Values) => Values;
}) {
  const [conflict, setConflict] = useState<EditConflictView | null>(null);

  const rebase = (current: EditConflictView): T | null => {
    const theirs = parse(current.theirs);
    if (theirs !== null) adopt(theirs, current.version);
    return theirs;
  };

  return {
    conflict,
    /** After a failed save: true, and the conflict kept, when someone else saved first; false for any other failure. */
    refused(error: unknown, base: Values, mine: Values): boolean {
      const details = editConflictOf(error);
      if (!details) return false;
      setConflict(describeConflict(details, base, mine, normalize));
      return true;
    },
    /** After a save went through. */
    resolved: () => setConflict(null),
    onTakeTheirs() {
      if (!conflict) return;
      const theirs = rebase(conflict);
      if (theirs === null) return;
      take(theirs, fieldsToTake(conflict));
      setConflict({ ...conflict, merged: true });
    },
    onSaveMine() {
      if (!conflict || rebase(conflict) === null) return;
      save(conflict.version);
    },
  };
}
