/**
 * A keyword-in-context line's text: the left context, the keyword marked, the right context, each as the
 * article has it. Nothing is added between them: the contexts carry the article's own spaces, so
 * "حماه، مشيراً" and "Hama, said" read as written, never "حماه ، مشيراً".
 */
export function KwicText({ left, quote, right, dir }: { left: string; quote: string; right: string; dir: 'ltr' | 'rtl' }) {
  return (
    <>
      <span className="kwic-left">
        <bdi dir={dir}>{left}</bdi>
      </span>
      <span className="kwic-match">
        <mark className="kwic-quote">{quote}</mark>
        <bdi dir={dir}>{right}</bdi>
      </span>
    </>
  )
}
