/**
 * Warns about folders where a SQLite project is at risk: network file systems, where locking
 * and shared memory are unreliable, and folders a cloud client syncs, which copy the file
 * while it is being written and may upload a torn copy or make "conflicted copies".
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface RiskyFolderOptions {
  platform?: NodeJS.Platform;
  /** The text of /proc/mounts (tests pass their own); read from the system when omitted. */
  mounts?: string;
}

/** Folder names the sync clients create, matched against each segment of the path. */
const SYNC_FOLDERS: [RegExp, string][] = [
  [/^dropbox( \(.+\))?$/i, 'Dropbox'],
  [/^onedrive\b/i, 'OneDrive'],
  [/^google ?drive\b|^my drive$/i, 'Google Drive'],
  [/^mobile documents$|^icloud ?drive$/i, 'iCloud Drive'],
  [/^nextcloud\b/i, 'Nextcloud'],
  [/^owncloud\b/i, 'ownCloud'],
  [/^yandex\.?disk\b|^яндекс\.?диск/i, 'Yandex.Disk'],
  [/^облако mail\.ru$|^mail\.ru cloud$/i, 'Cloud Mail.ru'],
  [/^pcloud( drive)?$/i, 'pCloud'],
  [/^mega(sync)?$/i, 'MEGA'],
  [/^box( sync)?$/i, 'Box'],
  [/^synologydrive$/i, 'Synology Drive'],
  [/^seafile$/i, 'Seafile'],
];

const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'ncpfs', '9p', 'davfs', 'afs', 'ceph', 'glusterfs', 'lustre', 'sshfs']);
const NETWORK_FUSE = new Set([
  'sshfs', 'rclone', 'davfs2', 's3fs', 'gcsfuse', 'goofys', 'gvfsd-fuse', 'glusterfs', 'ceph-fuse', 'curlftpfs', 'smbnetfs',
  'onedriver', 'google-drive-ocamlfuse', 'juicefs', 'blobfuse2', 'mountpoint-s3',
]);

/** Why a project at `path` is at risk, as a sentence; null for an ordinary local folder. */
export function detectRiskyFolder(path: string, options: RiskyFolderOptions = {}): string | null {
  const platform = options.platform ?? process.platform;
  const segments = path.split(/[\\/]+/);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    // macOS puts every File Provider sync client (OneDrive, Google Drive, Box…) here.
    if (segment === 'CloudStorage' && segments[i - 1] === 'Library') return 'It is in a cloud storage folder, which a sync client copies while CaseCoder writes to it.';
    const sync = SYNC_FOLDERS.find(([pattern]) => pattern.test(segment));
    if (sync) return `It is in a ${sync[1]} folder, which a sync client copies while CaseCoder writes to it.`;
  }
  if (platform === 'win32' && /^(\\\\|\/\/)(?![?.][\\/])|^\\\\\?\\UNC\\/i.test(path)) {
    return 'It is on a network share, where file locking is unreliable.';
  }
  if (platform === 'linux') {
    const mount = mountOf(realPath(path), options.mounts ?? readMounts());
    if (mount && isNetworkFileSystem(mount)) return `It is on a network drive (${mount.type} at ${mount.point}), where file locking is unreliable.`;
  }
  return null;
}

interface Mount {
  device: string;
  point: string;
  type: string;
}

function readMounts(): string {
  try {
    return readFileSync('/proc/mounts', 'utf8');
  } catch {
    return '';
  }
}

/** The mount holding `path`: the one with the longest mount point above it. */
function mountOf(path: string, mounts: string): Mount | null {
  let best: Mount | null = null;
  for (const line of mounts.split('\n')) {
    const [device, point, type] = line.split(' ').map(unescapeMountField);
    if (!device || !point || !type) continue;
    const inside = point === '/' || path === point || path.startsWith(`${point}/`);
    if (inside && (!best || point.length >= best.point.length)) best = { device, point, type };
  }
  return best;
}

/** /proc/mounts writes space, tab, newline and backslash in a field as octal escapes. */
function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

function isNetworkFileSystem({ type, device }: Mount): boolean {
  if (NETWORK_FS.has(type) || type.startsWith('nfs')) return true;
  if (type.startsWith('fuse.')) return NETWORK_FUSE.has(type.slice('fuse.'.length));
  // davfs2 mounts show as plain fuse with the server's URL as the device.
  return type === 'fuse' && /^https?:\/\//i.test(device);
}

/** The path with symbolic links resolved, for the part of it that exists (a new project does not). */
function realPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return join(realpathSync(existing), relative(existing, absolute));
  } catch {
    return absolute;
  }
}
