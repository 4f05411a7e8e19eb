import type { layers as english } from '../en/layers'

/** Arabic: the layer choice in the reader and blind mode; plurals give all six forms. */
export const layers: Record<keyof typeof english, string> = {
  'layers.control': 'الطبقات',
  'layers.summaryMine': 'طبقتي',
  'layers.summaryEvery': 'كل الطبقات',
  'layers.summaryShown': '{count, plural, zero {لا طبقات معروضة} one {طبقة واحدة معروضة} two {طبقتان معروضتان} few {# طبقات معروضة} many {# طبقة معروضة} other {# طبقة معروضة}}',
  'layers.others': '{count, plural, zero {لا مُعلِّقين آخرين} one {مُعلِّق آخر واحد} two {مُعلِّقان آخران} few {# مُعلِّقين آخرين} many {# مُعلِّقًا آخر} other {# مُعلِّق آخر}}',
  'layers.choose': 'الطبقات المعروضة',
  'layers.me': '\u2068{name}\u2069 (أنا)',
  'layers.style': 'عند عرض عدة طبقات',
  'layers.style.colour': 'إطار لكل مُعلِّق',
  'layers.style.faint': 'طبقات الآخرين باهتة تحت طبقتي',
  'layers.legend': 'لمن كل تظليل',
  'layers.legend.mine': 'طبقتي: بلون الوسم',
  'layers.legend.other': '\u2068{name}\u2069: للقراءة فقط',
  'layers.readOnly': 'هذا تعليق توضيحي لـ\u2068{author}\u2069: هو للقراءة فقط بالنسبة إليك، ولا يغيّره إلا كاتبه.',
  'layers.highlightOf': '{label}، بقلم \u2068{author}\u2069',
  'layers.blind.hidden': 'الوضع المُعمّى: يبقى عمل المُعلِّقين الآخرين على هذا المقال مخفيًا حتى تعلّمه مكتملًا لك.',
  'layers.blind.doneForMe': 'مكتمل لي',
  'layers.blind.shown': 'مكتمل لك: يمكن عرض طبقات المُعلِّقين الآخرين.',
  'layers.blind.undone': 'غير مكتمل لي',
  'layers.failed.blindMode': 'لم يتغيّر الوضع المُعمّى',
  'layers.failed.doneForMe': 'لم تُحفظ علامة الاكتمال الخاصة بك',
  'layers.shortcut.cycle': 'عرض كل الطبقات، ثم طبقتي وحدها، ثم طبقة كل مُعلِّق آخر وحدها، بالتناوب',
  'layers.showing.every': 'تُعرض كل الطبقات',
  'layers.showing.mine': 'تُعرض طبقتي وحدها',
  'layers.showing.one': 'تُعرض طبقة \u2068{name}\u2069 وحدها (للقراءة فقط)',
  'layers.setting': 'الوضع المُعمّى',
  'layers.setting.hint': 'لا يرى كل مُعلِّق إلا تعليقاته التوضيحية على المقال حتى يعلّمه مكتملًا له.'
}
