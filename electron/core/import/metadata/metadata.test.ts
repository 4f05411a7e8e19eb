import { describe, expect, it } from 'vitest'
import { parseDateline } from './dateline'
import { detectLanguage } from './language'
import { metadataFromLeadingLines } from './leading-lines'

describe('parseDateline', () => {
  it('reads "2 Dec 2024 23:47"', () => {
    expect(parseDateline('2 Dec 2024 23:47')).toEqual({ date: '2024-12-02', outlet: null })
  })

  it('reads "December 3, 2024 Hour: 3:58 pm"', () => {
    expect(parseDateline('December 3, 2024 Hour: 3:58 pm')).toEqual({ date: '2024-12-03', outlet: null })
  })

  it('reads "Damascus, Dec 1 (NationPress)": the outlet, and the year only from context', () => {
    expect(parseDateline('Damascus, Dec 1 (NationPress)')).toEqual({ date: null, outlet: 'NationPress' })
    expect(parseDateline('Damascus, Dec 1 (NationPress)', 2024)).toEqual({ date: '2024-12-01', outlet: 'NationPress' })
  })

  it('ignores sentences that merely mention a date, and impossible dates', () => {
    expect(parseDateline('The Syrian army said on December 2, 2024 that reinforcements from its allies in the Axis of Resistance had arrived.')).toBeNull()
    expect(parseDateline('By Al Mayadeen English')).toBeNull()
    expect(parseDateline('Hama held')).toBeNull()
  })
})

describe('metadataFromLeadingLines', () => {
  it('reads the byline and the dateline under the headline', () => {
    const text = 'Resistance Factions Arrive to Hama\nBy Al Mayadeen English\n2 Dec 2024 23:47\nA source from the Resistance factions confirmed…'
    expect(metadataFromLeadingLines(text)).toEqual({ author: 'Al Mayadeen English', date: '2024-12-02' })
  })

  it('gives a yearless dateline the year of a full date elsewhere in the file, or of the file name, else leaves the date unknown', () => {
    const text = 'Rebels Gain Ground\nDamascus, Dec 1 (NationPress)\nThe offensive began on November 27, 2024.'
    expect(metadataFromLeadingLines(text)).toEqual({ source: 'NationPress', date: '2024-12-01' })
    expect(metadataFromLeadingLines('Rebels\nDamascus, Dec 1 (NationPress)\nBody.', '2023-12-01-rebels.txt')).toEqual({ source: 'NationPress', date: '2023-12-01' })
    expect(metadataFromLeadingLines('Rebels\nDamascus, Dec 1 (NationPress)\nBody.')).toEqual({ source: 'NationPress' })
  })
})

describe('detectLanguage', () => {
  // Two news sentences per language, of the kind the app imports; none of them is in franc's training text.
  const SAMPLES: [string, string][] = [
    ['en', 'The Syrian army said on Tuesday that its forces had entered the countryside of Hama after a night of heavy fighting.'],
    ['en', 'Rebels claimed they had taken three villages north of the city, a claim the government denied in a statement.'],
    ['fr', "L'armée syrienne a déclaré mardi que ses forces étaient entrées dans la campagne de Hama après une nuit de violents combats."],
    ['fr', 'Les rebelles affirment avoir pris trois villages au nord de la ville, ce que le gouvernement a démenti dans un communiqué.'],
    ['de', 'Die syrische Armee erklärte am Dienstag, ihre Truppen seien nach einer Nacht schwerer Kämpfe in das Umland von Hama vorgedrungen.'],
    ['de', 'Die Rebellen behaupteten, sie hätten drei Dörfer nördlich der Stadt eingenommen, was die Regierung in einer Erklärung bestritt.'],
    ['es', 'El ejército sirio dijo el martes que sus fuerzas habían entrado en la campiña de Hama tras una noche de intensos combates.'],
    ['es', 'Los rebeldes aseguraron haber tomado tres aldeas al norte de la ciudad, algo que el gobierno negó en un comunicado.'],
    ['ar', 'قال الجيش السوري يوم الثلاثاء إن قواته دخلت ريف حماة بعد ليلة من الاشتباكات العنيفة مع الفصائل المسلحة.'],
    ['ar', 'وزعمت الفصائل أنها سيطرت على ثلاث قرى شمال المدينة، وهو ما نفته الحكومة في بيان رسمي صدر مساء اليوم.'],
    ['he', 'צבא סוריה הודיע ביום שלישי כי כוחותיו נכנסו לאזור הכפרי של חמה לאחר לילה של קרבות קשים.'],
    ['he', 'המורדים טענו כי כבשו שלושה כפרים מצפון לעיר, טענה שהממשלה הכחישה בהודעה רשמית.'],
    ['ru', 'Сирийская армия заявила во вторник, что ее силы вошли в окрестности Хамы после ночи ожесточенных боев.'],
    ['ru', 'Повстанцы заявили, что захватили три деревни к северу от города, однако правительство это опровергло.'],
    ['tr', 'Suriye ordusu salı günü yaptığı açıklamada, güçlerinin şiddetli çatışmaların ardından Hama kırsalına girdiğini söyledi.'],
    ['tr', 'Muhalifler şehrin kuzeyindeki üç köyü ele geçirdiklerini iddia etti, hükümet ise bir açıklamayla bunu yalanladı.']
  ]

  for (const [language, text] of SAMPLES) {
    it(`labels "${text.slice(0, 30)}…" ${language}`, () => {
      expect(detectLanguage(text)).toBe(language)
    })
  }

  it('is not fooled by emoji, flags, figures and an English outlet name inside a French article', () => {
    const text = '🇸🇾 🙂 12/04/2024 — Reuters. Selon des sources locales, 1 200 combattants auraient été tués près de Hama depuis le début de la semaine.'
    expect(detectLanguage(text)).toBe('fr')
  })

  it('leaves the label empty rather than wrong: too little text, no letters, or a language it does not map', () => {
    expect(detectLanguage('Hama')).toBe('')
    expect(detectLanguage('🙂 🇸🇾 12 34 56 78 90 — 12:30 — 1,200 — 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂')).toBe('')
    expect(detectLanguage('Hama Idlib Aleppo HTS SDF SANA')).toBe('')
    // Swahili is not among the languages Tessera maps to a two-letter code.
    expect(detectLanguage('Jeshi la Syria lilisema Jumanne kwamba vikosi vyake vimeingia vijijini mwa Hama baada ya usiku wa mapigano makali.')).toBe('')
  })

  it('reads only the opening of a huge text, in linear time', () => {
    const huge = 'The army said its forces had entered the city after heavy fighting overnight. '.repeat(200_000)
    const started = performance.now()
    expect(detectLanguage(huge)).toBe('en')
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('detectLanguage on short texts full of names', () => {
  it('tells English and French headlines with a byline by their small words', () => {
    expect(detectLanguage('Resistance Factions Arrive to Hama\nBy Al Mayadeen English\n2 Dec 2024 23:47\nA source confirmed the reinforcements.')).toBe('en')
    expect(detectLanguage('Hama : les factions de la résistance arrivent dans la ville\nPar Al Mayadeen, 2 déc. 2024')).toBe('fr')
  })
})
