/**
 * English: the tags messages. Keys start with `tags.`; plurals as ICU `{count, plural, one {…} other {…}}`.
 * Counts are `{count, number, ::group-off}` rather than `#`, so the English stays as it always was (1234, not 1,234).
 */
export const tags = {
  'tags.legend': 'Legend',
  'tags.legend.guidelineOf': 'Guideline of {tag}',
  'tags.toolbar': 'Tag the selection',
  'tags.toolbar.withKey': '{tag} (key {key})',

  'tags.attributes.legend': 'Attributes of {tag}',
  'tags.attributes.name': 'Attribute name',
  'tags.attributes.typeOf': 'Type of {attribute}',
  'tags.attributes.type.text': 'Text',
  'tags.attributes.type.number': 'Number',
  'tags.attributes.type.choice': 'Choice',
  'tags.attributes.type.flag': 'Yes / no',
  'tags.attributes.valuesOf': 'Values of {attribute}, one per line',
  'tags.attributes.guidelineOf': 'Guideline of {attribute} (Markdown)',
  'tags.attributes.remove': 'Remove {attribute}',
  'tags.attributes.removeUnnamed': 'Remove attribute',
  'tags.attributes.defaultName': 'Attribute {n, number, ::group-off}',
  'tags.attributes.add': 'Add attribute',
  'tags.attributes.save': 'Save attributes',

  'tags.schema.title': 'Tags',
  'tags.schema.nameOf': 'Name of tag {tag}',
  'tags.schema.colourOf': 'Colour of {tag}',
  'tags.schema.keyOf': 'Key of {tag}',
  'tags.schema.noKey': 'No key',
  'tags.schema.moveUp': 'Move {tag} up',
  'tags.schema.moveDown': 'Move {tag} down',
  'tags.schema.attributesOf': 'Attributes of {tag}',
  'tags.schema.delete': 'Delete {tag}',
  'tags.schema.guidelineOf': 'Guideline of {tag}',
  'tags.schema.guidelineHint': '(Markdown; saved when you leave the field)',
  'tags.schema.newName': 'New tag name',
  'tags.schema.newPlaceholder': 'New tag',
  'tags.schema.newColour': 'New tag colour',
  'tags.schema.add': 'Add tag',

  'tags.delete.unused': '{tag} is not used by any annotation.',
  'tags.delete.confirm': 'Delete tag {tag}',
  'tags.delete.cancel': 'Cancel',
  'tags.delete.used':
    '{tag} is used by {count, plural, one {{count, number, ::group-off} annotation} other {{count, number, ::group-off} annotations}}. What should happen to {count, plural, one {it} other {them}}?',
  'tags.delete.moveTo': 'Move them to',
  'tags.delete.moveTarget': 'Tag to move them to',
  'tags.delete.deleteAnnotations':
    'Delete the {count, plural, one {{count, number, ::group-off} annotation} other {{count, number, ::group-off} annotations}}'
} as const satisfies Record<`tags.${string}`, string>
