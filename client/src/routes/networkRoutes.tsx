// Routes of this area of the app; App.tsx mounts them inside the page frame.
export const networkRoutes = <></>;
