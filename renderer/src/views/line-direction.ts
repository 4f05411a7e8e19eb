// The first letter decides, as dir="auto" does (digits never do): letters of Hebrew, Arabic, Syriac, Thaana,
// NKo, Samaritan, Mandaic and their presentation forms are right-to-left; letters of other scripts left-to-right.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDEFF]/
const STRONG = /\p{L}/u

/**
 * The direction a keyword-in-context line reads in: that of the mention (or, if it has no letters, of
 * the text before it). An Arabic line puts the text before the mention on the right, as it is read.
 */
export function lineDirection(quote: string, before: string): 'ltr' | 'rtl' {
  for (const text of [quote, [...before].reverse().join('')]) {
    for (const char of text) {
      if (STRONG.test(char)) return RTL.test(char) ? 'rtl' : 'ltr'
    }
  }
  return 'ltr'
}
