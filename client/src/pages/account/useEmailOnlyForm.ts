import { emailOnlyInputSchema } from "@cluster-match/shared";
import { useState, type FormEvent } from "react";
import { useLocale } from "../../lib/useLocale.ts";

type EmailOnlyInput = NonNullable<ReturnType<typeof emailOnlyInputSchema.safeParse>["data"]>;

/** A form that sends one e-mail address (reset link, confirmation link), checked with the shared schema first. */
export function useEmailOnlyForm(initialEmail: string, send: (input: EmailOnlyInput) => void) {
  const locale = useLocale();
  const [email, setEmail] = useState(initialEmail);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = emailOnlyInputSchema.safeParse({ email, locale });
    setInvalid(!parsed.success);
    if (parsed.success) send(parsed.data);
  };
  return { email, setEmail, invalid, submit };
}
