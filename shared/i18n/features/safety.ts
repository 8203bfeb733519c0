/**
 * Project files that cannot be trusted or kept: one altered outside CaseCoder (and the offer to
 * import its data into a fresh project, or for a teammate's file, the merge's refusal saying what
 * to do instead), and the disk under an open project. `errors` holds the messages of the service
 * error codes these raise (main/db/project-file.ts, merge/merge-file.ts, file-in-place.ts,
 * storage-errors.ts).
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    alteredTitle: 'This project was changed outside CaseCoder',
    alteredBody:
      '{{path}} holds something CaseCoder never writes (a trigger, a view, a changed table), so it was not opened: such a file could change or delete your work, or hang the app. CaseCoder can copy its data — cases, documents, codes, codings, memos — into a new project beside it; the file itself stays as it is.',
    salvage: 'Import its data into a new project',
    errors: {
      projectAltered: '{{path}} was changed outside CaseCoder ({{detail}}), so it was not opened. Its data can be imported into a new project instead.',
      projectUnexpectedData: '{{path}} holds data CaseCoder never writes ({{reason}}), so it was not opened. Its data can be imported into a new project instead.',
      mergeSourceAltered:
        '{{path}} was changed outside CaseCoder ({{detail}}), so it was not merged. Ask whoever sent it to send it again, or run casecoder salvage {{path}} to import its data into a new project, and merge that one.',
      projectDamaged: '{{path}} is damaged and was not opened: {{detail}}',
      projectCheckTimeout: 'Checking {{path}} took longer than {{seconds}} seconds, so it was not opened.',
      projectReadOnly: '{{path}} is in a folder or on a disk CaseCoder cannot write to. Copy it somewhere writable and open the copy.',
      projectHotJournal: '{{path}} has beside it an unfinished change left by another program that stopped while writing it ({{path}}-journal). CaseCoder does not apply changes it did not make, so it was not opened. Ask whoever sent it for the file again, written to the end.',
      projectFileGone:
        '{{path}} was moved, replaced or deleted while open. Nothing more is written to it; your work is saved in {{recovery}} — open that copy to go on.',
      projectFileGoneNoCopy:
        '{{path}} was moved, replaced or deleted while open, and no recovery copy could be written. Keep CaseCoder open and use Save a copy.',
      diskFull: 'The disk is full: this change was not saved (earlier work is safe). Free some space and try again.',
      storageReadOnly:
        'The project cannot be written here (a read-only file, folder or disk): this change was not saved (earlier work is safe). Save a copy somewhere writable to go on.',
      projectBusy:
        'Another program has been writing to this project for a while (another CaseCoder, or a command-line import or merge): this change was not saved (earlier work is safe). Try again once it has finished.',
    },
  },
  ru: {
    alteredTitle: 'Этот проект изменён вне CaseCoder',
    alteredBody:
      'В {{path}} есть то, чего CaseCoder никогда не записывает (триггер, представление, изменённая таблица), поэтому он не открыт: такой файл может изменить или удалить вашу работу либо привести к зависанию программы. CaseCoder может скопировать его данные — кейсы, документы, коды, кодировки, мемо — в новый проект рядом с ним; сам файл останется как есть.',
    salvage: 'Импортировать данные в новый проект',
    errors: {
      projectAltered: '{{path}} изменён вне CaseCoder ({{detail}}), поэтому не открыт. Вместо этого его данные можно импортировать в новый проект.',
      projectUnexpectedData: 'В {{path}} есть данные, которых CaseCoder никогда не записывает ({{reason}}), поэтому он не открыт. Вместо этого его данные можно импортировать в новый проект.',
      mergeSourceAltered:
        '{{path}} изменён вне CaseCoder ({{detail}}), поэтому не объединён. Попросите коллегу прислать файл заново или выполните casecoder salvage {{path}}: его данные будут импортированы в новый проект, который можно объединить с этим.',
      projectDamaged: '{{path}} повреждён и не открыт: {{detail}}',
      projectCheckTimeout: 'Проверка {{path}} заняла больше {{seconds}} с, поэтому файл не открыт.',
      projectReadOnly: '{{path}} лежит в папке или на диске, куда CaseCoder не может записывать. Скопируйте его туда, где запись разрешена, и откройте копию.',
      projectHotJournal: 'Рядом с {{path}} лежит незавершённое изменение, оставленное другой программой, которая остановилась посреди записи ({{path}}-journal). CaseCoder не применяет изменения, сделанные не им, поэтому файл не открыт. Попросите прислать его заново, записанным до конца.',
      projectFileGone:
        '{{path}} был перемещён, заменён или удалён, пока был открыт. В него больше ничего не записывается; ваша работа сохранена в {{recovery}} — откройте эту копию, чтобы продолжить.',
      projectFileGoneNoCopy:
        '{{path}} был перемещён, заменён или удалён, пока был открыт, и записать копию для восстановления не удалось. Не закрывайте CaseCoder и воспользуйтесь командой «Сохранить копию».',
      diskFull: 'Диск заполнен: это изменение не сохранено (прежняя работа цела). Освободите место и повторите.',
      storageReadOnly:
        'Проект нельзя записать сюда (файл, папка или диск только для чтения): это изменение не сохранено (прежняя работа цела). Чтобы продолжить, сохраните копию туда, где запись разрешена.',
      projectBusy:
        'В этот проект уже долго пишет другая программа (другой CaseCoder либо импорт или объединение из командной строки): это изменение не сохранено (прежняя работа цела). Повторите, когда она закончит.',
    },
  },
  kk: {
    alteredTitle: 'Бұл жоба CaseCoder-ден тыс өзгертілген',
    alteredBody:
      '{{path}} ішінде CaseCoder ешқашан жазбайтын нәрсе бар (триггер, көрініс, өзгертілген кесте), сондықтан ол ашылмады: мұндай файл жұмысыңызды өзгертуі немесе жоюы, не бағдарламаны қатырып тастауы мүмкін. CaseCoder оның деректерін — кейстерді, құжаттарды, кодтарды, кодтауларды, мемоларды — қасындағы жаңа жобаға көшіре алады; файлдың өзі өзгеріссіз қалады.',
    salvage: 'Деректерін жаңа жобаға импорттау',
    errors: {
      projectAltered: '{{path}} CaseCoder-ден тыс өзгертілген ({{detail}}), сондықтан ашылмады. Оның орнына деректерін жаңа жобаға импорттауға болады.',
      projectUnexpectedData: '{{path}} ішінде CaseCoder ешқашан жазбайтын деректер бар ({{reason}}), сондықтан ол ашылмады. Оның орнына деректерін жаңа жобаға импорттауға болады.',
      mergeSourceAltered:
        '{{path}} CaseCoder-ден тыс өзгертілген ({{detail}}), сондықтан біріктірілмеді. Әріптесіңізден файлды қайта жіберуін сұраңыз немесе casecoder salvage {{path}} пәрменін орындаңыз: оның деректері жаңа жобаға импортталады, сол жобаны осымен біріктіруге болады.',
      projectDamaged: '{{path}} зақымдалған және ашылмады: {{detail}}',
      projectCheckTimeout: '{{path}} файлын тексеру {{seconds}} секундтан ұзаққа созылды, сондықтан ол ашылмады.',
      projectReadOnly: '{{path}} CaseCoder жаза алмайтын қалтада немесе дискіде тұр. Оны жазуға болатын жерге көшіріп, көшірмесін ашыңыз.',
      projectHotJournal: '{{path}} қасында жазу ортасында тоқтап қалған басқа бағдарлама қалдырған аяқталмаған өзгеріс бар ({{path}}-journal). CaseCoder өзі жасамаған өзгерістерді қолданбайды, сондықтан файл ашылмады. Оны соңына дейін жазылған күйінде қайта жіберуді сұраңыз.',
      projectFileGone:
        '{{path}} ашық тұрғанда жылжытылды, ауыстырылды немесе жойылды. Оған енді ештеңе жазылмайды; жұмысыңыз {{recovery}} файлында сақталды — жалғастыру үшін сол көшірмені ашыңыз.',
      projectFileGoneNoCopy:
        '{{path}} ашық тұрғанда жылжытылды, ауыстырылды немесе жойылды, ал қалпына келтіру көшірмесін жазу мүмкін болмады. CaseCoder-ді жаппаңыз да, «Көшірмесін сақтау» пәрменін қолданыңыз.',
      diskFull: 'Диск толы: бұл өзгеріс сақталмады (бұрынғы жұмыс аман). Орын босатып, қайталап көріңіз.',
      storageReadOnly:
        'Жобаны мұнда жазу мүмкін емес (тек оқуға арналған файл, қалта немесе диск): бұл өзгеріс сақталмады (бұрынғы жұмыс аман). Жалғастыру үшін көшірмесін жазуға болатын жерге сақтаңыз.',
      projectBusy:
        'Бұл жобаға басқа бағдарлама ұзақ уақыт жазып жатыр (басқа CaseCoder не пәрмен жолынан импорт не біріктіру): бұл өзгеріс сақталмады (бұрынғы жұмыс аман). Ол аяқталған соң қайталап көріңіз.',
    },
  },
} satisfies FeatureStrings;
