import { expect, it } from 'vitest'
import { withArticle } from './indefinite'

it('gives a tag name the article it is read with', () => {
  expect(withArticle('actor')).toBe('an actor')
  expect(withArticle('Event')).toBe('an Event')
  expect(withArticle('claim')).toBe('a claim')
  expect(withArticle('place')).toBe('a place')
})
