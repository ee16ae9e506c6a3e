import type { ReactNode } from "react";
import { Route } from "react-router";
import { RequireAuth } from "../components/RequireAuth.tsx";
import { lazyPage } from "./lazyPage.ts";

// Claiming firms and the clusters' contact points; each page loads with its route.
const ClaimCompanyPage = lazyPage(() => import("../pages/claims/ClaimCompanyPage.tsx"), "ClaimCompanyPage");
const ClaimLinkPage = lazyPage(() => import("../pages/claims/ClaimLinkPage.tsx"), "ClaimLinkPage");
const ManageClaimsPage = lazyPage(() => import("../pages/claims/ManageClaimsPage.tsx"), "ManageClaimsPage");
const ManageMessagesPage = lazyPage(() => import("../pages/cluster-contact/ManageMessagesPage.tsx"), "ManageMessagesPage");
const NetworkContactPage = lazyPage(() => import("../pages/cluster-contact/NetworkContactPage.tsx"), "NetworkContactPage");

const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;
const manager = (page: ReactNode) => <RequireAuth role="CLUSTER_MANAGER">{page}</RequireAuth>;

// App.tsx mounts these inside the page frame. The claim link of the contact point's e-mail opens
// /claim?token=… (open to visitors: it asks them to sign in first).
export const claimsRoutes = (
  <>
    <Route path="claim" element={<ClaimLinkPage />} />
    <Route path="claim/company/:slug" element={signedIn(<ClaimCompanyPage />)} />
    <Route path="manage/claims" element={manager(<ManageClaimsPage />)} />
    <Route path="manage/messages" element={manager(<ManageMessagesPage />)} />
    <Route path="contact" element={<NetworkContactPage />} />
  </>
);
