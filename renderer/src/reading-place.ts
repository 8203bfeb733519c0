/**
 * Where the user was reading, per project: the open document and the text position at the top
 * of its pane, so a reload or a reopen lands at the same place. Kept in localStorage (browser
 * mode and Electron alike); losing it only costs the convenience.
 */
export interface ReadingPlace {
  documentId: number;
  /** UTF-16 position of the first text block in view, and how far into it the view starts. */
  anchor: number;
  offset: number;
}

const key = (projectPath: string) => `casecoder.readingPlace:${projectPath}`;

export function readingPlace(projectPath: string): ReadingPlace | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key(projectPath)) ?? 'null');
    if (value && typeof value === 'object') {
      const { documentId, anchor, offset } = value as Record<string, unknown>;
      if (Number.isInteger(documentId) && typeof anchor === 'number' && typeof offset === 'number') {
        return { documentId: documentId as number, anchor, offset };
      }
    }
  } catch {
    // Unreadable or refused storage: start without a place.
  }
  return null;
}

export function saveReadingPlace(projectPath: string, place: ReadingPlace | null): void {
  try {
    if (place) localStorage.setItem(key(projectPath), JSON.stringify(place));
    else localStorage.removeItem(key(projectPath));
  } catch {
    // See above.
  }
}
