import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectRiskyFolder } from '../../../main/backup/risky-folder.js';

const mounts = [
  '/dev/vda1 / ext4 rw,relatime 0 0',
  'proc /proc proc rw 0 0',
  'fileserver:/export/research /mnt/research nfs4 rw,vers=4.2 0 0',
  '/dev/vdb1 /mnt/research/scratch ext4 rw 0 0',
  '//nas/team /media/Team\\040Share cifs rw 0 0',
  'ann@lab:/home/ann /home/ann/lab fuse.sshfs rw 0 0',
  'gdrive: /home/ann/gdrive fuse.rclone rw 0 0',
  'https://dav.example.org/remote.php/webdav /home/ann/dav fuse rw 0 0',
  'portal /run/user/1000/doc fuse.portal rw 0 0',
].join('\n');

const linux = (path: string) => detectRiskyFolder(path, { platform: 'linux', mounts });

describe('detectRiskyFolder on Linux mounts', () => {
  it('names the network file system a project is on', () => {
    expect(linux('/mnt/research/study.casecoder')).toMatch(/network drive \(nfs4 at \/mnt\/research\)/);
    expect(linux('/media/Team Share/2026/study.casecoder')).toMatch(/cifs at \/media\/Team Share/);
    expect(linux('/home/ann/lab/study.casecoder')).toMatch(/fuse\.sshfs/);
    expect(linux('/home/ann/gdrive/study.casecoder')).toMatch(/fuse\.rclone/);
    expect(linux('/home/ann/dav/study.casecoder')).toMatch(/network drive \(fuse/);
  });

  it('goes by the innermost mount, whole folder names only', () => {
    expect(linux('/mnt/research/scratch/study.casecoder')).toBeNull();
    expect(linux('/mnt/researchers/study.casecoder')).toBeNull();
    expect(linux('/run/user/1000/doc/study.casecoder')).toBeNull();
    expect(linux('/home/ann/study.casecoder')).toBeNull();
  });

  it('follows symbolic links to where the project really is', () => {
    const home = realpathSync(mkdtempSync(join(tmpdir(), 'casecoder-risky-')));
    try {
      mkdirSync(join(home, 'share'));
      symlinkSync(join(home, 'share'), join(home, 'link'));
      const withShare = `${mounts}\nnas:/share ${home}/share nfs rw 0 0`;
      expect(detectRiskyFolder(join(home, 'link', 'new', 'study.casecoder'), { platform: 'linux', mounts: withShare })).toMatch(/nfs at/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('detectRiskyFolder on sync folders', () => {
  const synced: [NodeJS.Platform, string, string][] = [
    ['linux', '/home/ann/Dropbox/study.casecoder', 'Dropbox'],
    ['win32', 'C:\\Users\\Ann\\Dropbox (Personal)\\study.casecoder', 'Dropbox'],
    ['win32', 'C:\\Users\\Ann\\OneDrive - Contoso\\Research\\study.casecoder', 'OneDrive'],
    ['darwin', '/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/study.casecoder', 'iCloud Drive'],
    ['win32', 'C:\\Users\\Ann\\iCloudDrive\\study.casecoder', 'iCloud Drive'],
    ['win32', 'G:\\My Drive\\study.casecoder', 'Google Drive'],
    ['darwin', '/Users/ann/Google Drive/study.casecoder', 'Google Drive'],
    ['linux', '/home/ann/Nextcloud/Research/study.casecoder', 'Nextcloud'],
    ['linux', '/home/ann/Yandex.Disk/study.casecoder', 'Yandex.Disk'],
    ['win32', 'C:\\Users\\Ann\\YandexDisk\\study.casecoder', 'Yandex.Disk'],
  ];
  for (const [platform, path, service] of synced) {
    it(`sees ${service} in ${path}`, () => {
      expect(detectRiskyFolder(path, { platform, mounts: '' })).toContain(`${service} folder`);
    });
  }

  it('sees any macOS File Provider folder', () => {
    expect(detectRiskyFolder('/Users/ann/Library/CloudStorage/Box-Box/study.casecoder', { platform: 'darwin' })).toMatch(/cloud storage folder/);
  });

  it('sees Windows network shares', () => {
    expect(detectRiskyFolder('\\\\nas\\team\\study.casecoder', { platform: 'win32' })).toMatch(/network share/);
    expect(detectRiskyFolder('\\\\?\\UNC\\nas\\team\\study.casecoder', { platform: 'win32' })).toMatch(/network share/);
    expect(detectRiskyFolder('\\\\?\\C:\\Research\\study.casecoder', { platform: 'win32' })).toBeNull();
  });

  it('leaves ordinary folders alone, even ones named like a service', () => {
    for (const path of ['/home/ann/Documents/dropbox-notes/study.casecoder', '/home/ann/boxes/study.casecoder', 'C:\\Research\\Interviews\\study.casecoder']) {
      expect(detectRiskyFolder(path, { platform: 'linux', mounts: '' })).toBeNull();
    }
  });
});
