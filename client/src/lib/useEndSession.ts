import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";

/**
 * After the session ended (sign-out, deleted account): opens `to`, then forgets every cached
 * answer, since private data must not linger; the queries still shown refetch as a visitor's.
 * Navigating first keeps pages behind RequireAuth from bouncing to the sign-in page; so `to` must
 * be a page that is loaded with the app, not with its route (see routes/accountRoutes.tsx).
 */
export function useEndSession() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (to: string, state?: unknown) => {
    await navigate(to, { state });
    await queryClient.resetQueries();
  };
}
