/**
 * Browser mode's own lines in the terminal (main/web/cli.ts), in the system's language as the
 * command line's are: where it runs, why it could not start, that it stopped; and npm start's
 * line when it falls back to browser mode (scripts/start.mjs).
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    running: 'CaseCoder is running in browser mode: {{url}}',
    howTo: 'Open that address in Chrome, Chromium or Edge. Ctrl+C stops CaseCoder; each change is saved as it is made.',
    stopped: 'CaseCoder has stopped; the project is saved.',
    usage: 'Browser mode is started as: npm run web -- [--port N] [--project FILE]',
    badPort: '--port must be a port number from 0 to 65535, not {{port}}.',
    portInUse: 'Port {{port}} is already in use (by another CaseCoder, or another program): give another with --port, or leave --port out to take a free one.',
    portDenied: 'Port {{port}} may not be used here (ports below 1024 need administrator rights): give another with --port.',
    notReopened: 'Could not reopen {{path}}: {{reason}}',
    fallback: {
      electronMissing: "Electron's program is not available (offline, or its download failed); starting CaseCoder in browser mode instead.",
      nativeBuildFailed: 'The Electron build of better-sqlite3 could not be made; starting CaseCoder in browser mode instead.',
    },
  },
  ru: {
    running: 'CaseCoder работает в режиме браузера: {{url}}',
    howTo: 'Откройте этот адрес в Chrome, Chromium или Edge. Ctrl+C останавливает CaseCoder; каждое изменение сохраняется сразу.',
    stopped: 'CaseCoder остановлен; проект сохранён.',
    usage: 'Режим браузера запускается так: npm run web -- [--port N] [--project ФАЙЛ]',
    badPort: '--port должен быть номером порта от 0 до 65535, а не {{port}}.',
    portInUse: 'Порт {{port}} уже занят (другим CaseCoder или другой программой): укажите другой в --port или уберите --port, чтобы взять свободный.',
    portDenied: 'Порт {{port}} здесь недоступен (порты ниже 1024 требуют прав администратора): укажите другой в --port.',
    notReopened: 'Не удалось снова открыть {{path}}: {{reason}}',
    fallback: {
      electronMissing: 'Программа Electron недоступна (нет сети или её загрузка не удалась); CaseCoder запускается в режиме браузера.',
      nativeBuildFailed: 'Сборку better-sqlite3 для Electron сделать не удалось; CaseCoder запускается в режиме браузера.',
    },
  },
  kk: {
    running: 'CaseCoder браузер режимінде жұмыс істеп тұр: {{url}}',
    howTo: 'Бұл мекенжайды Chrome, Chromium немесе Edge-те ашыңыз. Ctrl+C CaseCoder-ді тоқтатады; әр өзгеріс бірден сақталады.',
    stopped: 'CaseCoder тоқтады; жоба сақталды.',
    usage: 'Браузер режимі былай іске қосылады: npm run web -- [--port N] [--project ФАЙЛ]',
    badPort: '--port 0-ден 65535-ке дейінгі порт нөмірі болуы керек, {{port}} емес.',
    portInUse: '{{port}} порты бос емес (оны басқа CaseCoder немесе басқа бағдарлама қолданып тұр): --port арқылы басқасын беріңіз немесе бос порт алу үшін --port-ты алып тастаңыз.',
    portDenied: '{{port}} портын мұнда қолдануға болмайды (1024-тен төмен порттарға әкімші құқығы керек): --port арқылы басқасын беріңіз.',
    notReopened: '{{path}} қайта ашылмады: {{reason}}',
    fallback: {
      electronMissing: 'Electron бағдарламасы жоқ (желі жоқ немесе оны жүктеу сәтсіз болды); CaseCoder браузер режимінде іске қосылады.',
      nativeBuildFailed: 'better-sqlite3-тің Electron нұсқасын құрастыру мүмкін болмады; CaseCoder браузер режимінде іске қосылады.',
    },
  },
} satisfies FeatureStrings;
