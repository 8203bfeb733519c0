/**
 * Layout preferences kept in localStorage (a pane's size, whether it is open). Storage can be
 * refused (a private window, a full quota): then the preference lasts until the page reloads,
 * and the layout still works.
 */
export function storedPreference(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function storePreference(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Not remembered across reloads.
  }
}
