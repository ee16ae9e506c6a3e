/** The file name of a personal-data export, dated so that several exports do not overwrite each other. */
export function exportFileName(date: Date): string {
  return `cluster-match-my-data-${date.toISOString().slice(0, 10)}.json`;
}

/** Saves data as a JSON file through the browser's download, without a round trip to the server. */
export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob asynchronously after the click; free it once it surely has.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
