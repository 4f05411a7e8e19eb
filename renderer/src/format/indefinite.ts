/** A noun with its indefinite article, for prompts naming a tag: "an actor", "a claim", "an event". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`
}
