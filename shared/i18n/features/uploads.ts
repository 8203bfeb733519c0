/**
 * A project or REFI-QDA package taken where it lies (shared/uploads.ts): in browser mode it is
 * uploaded first, and the page refuses one past what an upload may be before sending it
 * (renderer/src/api.ts fileAt); the server's and the services' refusals of such a file.
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    errors: {
      uploadTooLarge: '{{file}} is {{sizeMb, number}} MB: browser mode takes files of up to {{limitMb, number}} MB, and nothing was sent. Merge it on the command line, which reads it where it lies: casecoder merge PROJECT "{{file}}"',
      uploadTooLarge_package: '{{file}} is {{sizeMb, number}} MB, more than the {{limitMb, number}} MB a REFI-QDA package may be: CaseCoder cannot read it, here or on the command line, and nothing was sent. Export it from the other program without its media files, or in parts.',
      uploadNotFound: 'That file is no longer uploaded (it was used already, or CaseCoder was started again): choose it again.',
      uploadDiskFull: 'The disk of the temporary folder is full: {{file}} could not be received, and nothing changed. Free some space and try again.',
      fileNotFound: 'There is no file {{file}}.',
    },
  },
  ru: {
    errors: {
      uploadTooLarge: '{{file}} — {{sizeMb, number}} МБ: в режиме браузера можно передать файл не больше {{limitMb, number}} МБ, ничего не отправлено. Объедините его в командной строке, которая читает файл на месте: casecoder merge ПРОЕКТ "{{file}}"',
      uploadTooLarge_package: '{{file}} — {{sizeMb, number}} МБ, больше {{limitMb, number}} МБ, допустимых для пакета REFI-QDA: CaseCoder не может его прочитать ни здесь, ни в командной строке, ничего не отправлено. Экспортируйте его из другой программы без медиафайлов или по частям.',
      uploadNotFound: 'Этот файл больше не загружен (он уже использован или CaseCoder был перезапущен): выберите его снова.',
      uploadDiskFull: 'Диск временной папки заполнен: файл {{file}} не получен, ничего не изменилось. Освободите место и повторите.',
      fileNotFound: 'Файла {{file}} нет.',
    },
  },
  kk: {
    errors: {
      uploadTooLarge: '{{file}} — {{sizeMb, number}} МБ: браузер режимі {{limitMb, number}} МБ-қа дейінгі файлдарды ғана қабылдайды, ештеңе жіберілмеді. Оны файлды орнында оқитын командалық жолда біріктіріңіз: casecoder merge ЖОБА "{{file}}"',
      uploadTooLarge_package: '{{file}} — {{sizeMb, number}} МБ, бұл REFI-QDA пакетіне рұқсат етілген {{limitMb, number}} МБ-тан көп: CaseCoder оны мұнда да, командалық жолда да оқи алмайды, ештеңе жіберілмеді. Оны басқа бағдарламадан медиафайлдарсыз немесе бөліктерге бөліп экспорттаңыз.',
      uploadNotFound: 'Бұл файл енді жүктелмеген (ол пайдаланылып қойған немесе CaseCoder қайта іске қосылған): оны қайта таңдаңыз.',
      uploadDiskFull: 'Уақытша қалта тұрған диск толы: {{file}} файлы қабылданбады, ештеңе өзгермеді. Орын босатып, қайталап көріңіз.',
      fileNotFound: '{{file}} файлы жоқ.',
    },
  },
} satisfies FeatureStrings;
